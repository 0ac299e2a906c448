"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { authorizedAction, type ActionResult } from "@/lib/actions/safe-action";
import { canDecideRepeats } from "@/lib/auth/permissions";
import { decideRepeat, scanRepeats } from "@/lib/data/repeats";
import type { RepeatStatus } from "@/lib/generated/prisma/enums";
import { decideRepeatSchema, scanRepeatsSchema } from "@/lib/validation/repeats";
import type { z } from "zod";

// Repeats across years: look for new proposals, confirm or reject one. Editors and admins only,
// here and again in the data layer. A confirmed pair shows on public pages, so every success
// refreshes them.

const decide = authorizedAction({ schema: decideRepeatSchema, permission: canDecideRepeats }, (input) => decideRepeat(input.id, input.decision));
const scan = authorizedAction({ schema: scanRepeatsSchema, permission: canDecideRepeats }, () => scanRepeats());

export async function decideRepeatAction(input: z.input<typeof decideRepeatSchema>): Promise<ActionResult<{ status: RepeatStatus }>> {
  const result = await decide(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function scanRepeatsAction(input: z.input<typeof scanRepeatsSchema> = {}): Promise<ActionResult<{ considered: number; found: number; proposed: number }>> {
  const result = await scan(input);
  if (result.ok) refreshPublicPages();
  return result;
}
