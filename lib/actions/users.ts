"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/actions/safe-action";
import { canDraft, canManageUsers } from "@/lib/auth/permissions";
import { changeOwnPassword, changeRole, createStaff, resetPassword, setDisabled } from "@/lib/data/users";
import { changeOwnPasswordSchema, changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/validation/user";

// Staff account actions: admins only, except changing one's own password.

const create = authorizedAction({ schema: createUserSchema, permission: canManageUsers }, (input) => createStaff(input));
const role = authorizedAction({ schema: changeRoleSchema, permission: canManageUsers }, (input) => changeRole(input.id, input.role));
const disable = authorizedAction({ schema: setDisabledSchema, permission: canManageUsers }, (input) => setDisabled(input.id, input.disabled));
const reset = authorizedAction({ schema: resetPasswordSchema, permission: canManageUsers }, (input) => resetPassword(input.id, input.password));
const own = authorizedAction({ schema: changeOwnPasswordSchema, permission: canDraft }, (input) => changeOwnPassword(input.currentPassword, input.newPassword));

export async function createUserAction(input: z.input<typeof createUserSchema>) {
  return create(input);
}
export async function changeRoleAction(input: z.input<typeof changeRoleSchema>) {
  return role(input);
}
export async function setDisabledAction(input: z.input<typeof setDisabledSchema>) {
  return disable(input);
}
export async function resetPasswordAction(input: z.input<typeof resetPasswordSchema>) {
  return reset(input);
}
export async function changeOwnPasswordAction(input: z.input<typeof changeOwnPasswordSchema>) {
  return own(input);
}
