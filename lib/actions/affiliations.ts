"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { affiliationRecord } from "@/lib/data/memberships";
import { createAffiliationSchema, updateAffiliationSchema, type AffiliationFormValues } from "@/lib/validation/membership";

// The affiliation form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Affiliation"),
  create: { schema: createAffiliationSchema, run: (input) => affiliationRecord.create(input) },
  update: { schema: updateAffiliationSchema, run: (id, input) => affiliationRecord.update(id, input) },
});

export async function createAffiliationAction(input: Omit<AffiliationFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateAffiliationAction(input: AffiliationFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
