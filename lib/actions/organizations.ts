"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { recordFormActions, type ActionResult } from "@/lib/actions/safe-action";
import { writePermission, type SavedRecord } from "@/lib/data/records/define-record";
import { organizationRecord } from "@/lib/data/organizations";
import { createOrganizationSchema, updateOrganizationSchema, type OrganizationFormValues } from "@/lib/validation/organization";

// The organization form's actions: authenticated, authorized and parsed by recordFormActions.

const actions = recordFormActions({
  permission: writePermission("Organization"),
  create: { schema: createOrganizationSchema, run: (input) => organizationRecord.create(input) },
  update: { schema: updateOrganizationSchema, run: (id, input) => organizationRecord.update(id, input) },
});

export async function createOrganizationAction(input: Omit<OrganizationFormValues, "version">): Promise<ActionResult<SavedRecord>> {
  const result = await actions.create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function updateOrganizationAction(input: OrganizationFormValues & { id: string }): Promise<ActionResult<SavedRecord>> {
  const result = await actions.update(input);
  if (result.ok) refreshPublicPages();
  return result;
}
