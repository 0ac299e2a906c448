"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { topicRecord } from "@/lib/data/topics";
import { createTopicSchema, updateTopicSchema, type TopicFormValues } from "@/lib/validation/topic";

// The topic form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Topic"),
  create: { schema: createTopicSchema, run: (input) => topicRecord.create(input) },
  update: { schema: updateTopicSchema, run: (id, input) => topicRecord.update(id, input) },
});

export async function createTopicAction(input: Omit<TopicFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateTopicAction(input: TopicFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
