"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { angleRecord } from "@/lib/data/angles";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { createAngleSchema, updateAngleSchema, type AngleFormValues } from "@/lib/validation/angle";

// The angle form's actions: authenticated, authorized and parsed by recordFormActions; the data
// layer checks authorship, the reviewer's fields and the sources again inside its transaction.

const actions = recordFormActions({
  permission: writePermission("Angle"),
  create: { schema: createAngleSchema, run: (input) => angleRecord.create(input) },
  update: { schema: updateAngleSchema, run: (id, input) => angleRecord.update(id, input) },
});

export async function createAngleAction(input: Omit<AngleFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateAngleAction(input: AngleFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
