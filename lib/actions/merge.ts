"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { authorizedAction, type ActionResult } from "@/lib/actions/safe-action";
import { canMerge } from "@/lib/auth/permissions";
import { mergeRecords } from "@/lib/data/merge/merge";
import { mergeRecordsSchema, type MergeRecordsInput } from "@/lib/validation/merge";

// Merging a duplicate person or organization into the one kept: editors and admins only, here
// and again in the data layer.

const merge = authorizedAction({ schema: mergeRecordsSchema, permission: canMerge }, async (input) => {
  const { auditId } = await mergeRecords(input);
  return { auditId };
});

export async function mergeRecordsAction(input: MergeRecordsInput): Promise<ActionResult<{ auditId: string }>> {
  const result = await merge(input);
  if (result.ok) refreshPublicPages();
  return result;
}
