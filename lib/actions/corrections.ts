"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { authorizedAction } from "@/lib/actions/safe-action";
import { canPublish } from "@/lib/auth/permissions";
import { addCorrection } from "@/lib/data/corrections";
import { correctionSchema, type CorrectionFormValues } from "@/lib/validation/correction";

// Adding a public correction note: editors and admins.

const add = authorizedAction({ schema: correctionSchema, permission: canPublish }, (input) => addCorrection(input));

export async function addCorrectionAction(input: CorrectionFormValues) {
  const result = await add(input);
  if (result.ok) refreshPublicPages();
  return result;
}
