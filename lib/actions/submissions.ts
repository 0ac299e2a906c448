"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { authorizedAction, type ActionResult } from "@/lib/actions/safe-action";
import { canDraft, canPublish } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { createSubmission, publishRefused, updateSubmission, type SavedSubmission } from "@/lib/data/submissions";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import {
  createSubmissionSchema,
  updateSubmissionSchema,
  type CreateSubmissionFormValues,
  type UpdateSubmissionFormValues,
} from "@/lib/validation/submission";

// The submission form's server actions. Each is a public POST endpoint: authorizedAction
// authenticates, checks canDraft and parses with the form's own schema; the data layer checks
// again (and checks canEditRecord / canSetStatus) inside its transaction. The client navigates
// after a success, so failures come back as values and nothing the user typed is lost.

/** Publishing is an editor's call: refused here before any work, and again in the data layer. */
function assertMayChooseStatus(user: CurrentUser, status: PublicationStatus): void {
  if ((status === "PUBLISHED" || status === "UNPUBLISHED") && !canPublish(user)) throw publishRefused();
}

const create = authorizedAction({ schema: createSubmissionSchema, permission: canDraft }, async (input, user) => {
  assertMayChooseStatus(user, input.status);
  return createSubmission(input);
});

const update = authorizedAction({ schema: updateSubmissionSchema, permission: canDraft }, async (input, user) => {
  assertMayChooseStatus(user, input.status);
  const { id, ...fields } = input;
  return updateSubmission(id, fields);
});

export async function createSubmissionAction(input: CreateSubmissionFormValues): Promise<ActionResult<SavedSubmission>> {
  const result = await create(input);
  // After the try/catch inside authorizedAction: the public list and pages show the change at once.
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateSubmissionAction(input: UpdateSubmissionFormValues): Promise<ActionResult<SavedSubmission>> {
  const result = await update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
