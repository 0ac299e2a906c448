"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { referralRecord } from "@/lib/data/referrals";
import { createReferralSchema, updateReferralSchema, type ReferralFormValues } from "@/lib/validation/referral";

// The referral form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Referral"),
  create: { schema: createReferralSchema, run: (input) => referralRecord.create(input) },
  update: { schema: updateReferralSchema, run: (id, input) => referralRecord.update(id, input) },
});

export async function createReferralAction(input: Omit<ReferralFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateReferralAction(input: ReferralFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
