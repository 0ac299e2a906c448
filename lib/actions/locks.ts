"use server";

import { z } from "zod";
import { authorizedAction, type ActionResult } from "@/lib/actions/safe-action";
import { canDraft } from "@/lib/auth/permissions";
import { claimEditLock, releaseEditLock, type LockState } from "@/lib/data/records/locks";
import { recordTypes } from "@/lib/records/types";

// The edit page's lock heartbeat: claim (or take over) and release.

const lockSchema = z.object({ type: z.enum(recordTypes), id: z.string().min(1).max(64), takeOver: z.boolean().optional() });

const claim = authorizedAction({ schema: lockSchema, permission: canDraft }, (input) => claimEditLock(input.type, input.id, input.takeOver ?? false));
const release = authorizedAction({ schema: lockSchema, permission: canDraft }, (input) => releaseEditLock(input.type, input.id));

export async function claimEditLockAction(input: z.input<typeof lockSchema>): Promise<ActionResult<LockState>> {
  return claim(input);
}

export async function releaseEditLockAction(input: z.input<typeof lockSchema>): Promise<ActionResult<void>> {
  return release(input);
}
