"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { personRecord } from "@/lib/data/people";
import { createPersonSchema, updatePersonSchema, type PersonFormValues } from "@/lib/validation/person";

// The person form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Person"),
  create: { schema: createPersonSchema, run: (input) => personRecord.create(input) },
  update: { schema: updatePersonSchema, run: (id, input) => personRecord.update(id, input) },
});

export async function createPersonAction(input: Omit<PersonFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updatePersonAction(input: PersonFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
