import { z } from "zod";
import { passwordWeakness } from "@/lib/auth/password-rules";
import { roles } from "@/lib/auth/roles";

// The staff account forms: an admin creating a user, changing a role, disabling or re-enabling,
// resetting a password; anyone changing their own password.

const password = z.string().superRefine((value, ctx) => {
  const weakness = passwordWeakness(value);
  if (weakness) ctx.addIssue({ code: "custom", message: weakness });
});

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  name: z.string().trim().min(1, "Give the person's name.").max(200, "At most 200 characters."),
  role: z.enum(roles, { error: "Choose a role." }),
  password,
});
export type CreateUserFormValues = z.input<typeof createUserSchema>;

const userRef = { id: z.string().min(1).max(64) };
export const changeRoleSchema = z.object({ ...userRef, role: z.enum(roles, { error: "Choose a role." }) });
export const setDisabledSchema = z.object({ ...userRef, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ ...userRef, password });
export type ResetPasswordFormValues = z.input<typeof resetPasswordSchema>;

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });
export type ChangeOwnPasswordFormValues = z.input<typeof changeOwnPasswordSchema>;
