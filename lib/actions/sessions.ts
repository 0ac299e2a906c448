"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { sessionRecord } from "@/lib/data/sessions";
import { createSessionSchema, updateSessionSchema, type SessionFormValues } from "@/lib/validation/session";

// The session form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Session"),
  create: { schema: createSessionSchema, run: (input) => sessionRecord.create(input) },
  update: { schema: updateSessionSchema, run: (id, input) => sessionRecord.update(id, input) },
});

export async function createSessionAction(input: Omit<SessionFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateSessionAction(input: SessionFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
