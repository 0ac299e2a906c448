"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { membershipRecord } from "@/lib/data/memberships";
import { createMembershipSchema, updateMembershipSchema, type MembershipFormValues } from "@/lib/validation/membership";

// The membership form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Membership"),
  create: { schema: createMembershipSchema, run: (input) => membershipRecord.create(input) },
  update: { schema: updateMembershipSchema, run: (id, input) => membershipRecord.update(id, input) },
});

export async function createMembershipAction(input: Omit<MembershipFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateMembershipAction(input: MembershipFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
