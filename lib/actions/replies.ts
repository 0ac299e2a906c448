"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { replyRecord } from "@/lib/data/replies";
import { createReplySchema, updateReplySchema, type ReplyFormValues } from "@/lib/validation/reply";

// The reply form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Reply"),
  create: { schema: createReplySchema, run: (input) => replyRecord.create(input) },
  update: { schema: updateReplySchema, run: (id, input) => replyRecord.update(id, input) },
});

export async function createReplyAction(input: Omit<ReplyFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateReplyAction(input: ReplyFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
