"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormContext, type FieldValues } from "react-hook-form";
import { FormInput, FormSelect } from "@/components/ui/form-field";
import { changeOwnPasswordAction, changeRoleAction, createUserAction, resetPasswordAction, setDisabledAction } from "@/lib/actions/users";
import { minPasswordLength } from "@/lib/auth/password-rules";
import { roles, type Role } from "@/lib/auth/roles";
import {
  changeOwnPasswordSchema, createUserSchema, resetPasswordSchema,
  type ChangeOwnPasswordFormValues, type CreateUserFormValues, type ResetPasswordFormValues,
} from "@/lib/validation/user";
import { errorAt } from "../form-errors";
import { SimpleForm } from "./simple-form";

// The staff account screens' forms and controls.

const roleLabels: Record<Role, string> = { ADMIN: "Admin: everything, plus accounts and the audit log", EDITOR: "Editor: publishes and edits everything", REPORTER: "Reporter: drafts and sends to review" };
const passwordHint = `At least ${minPasswordLength} characters, mixing three of: lower case, upper case, digits, symbols.`;

function Field({ name, label, type = "text", hint, autoComplete }: { name: string; label: string; type?: string; hint?: string; autoComplete?: string }) {
  const { register, formState } = useFormContext<FieldValues>();
  return <FormInput label={label} type={type} hint={hint} autoComplete={autoComplete} error={errorAt(formState.errors, name)} {...register(name)} />;
}

function RoleSelect({ name = "role" }: { name?: string }) {
  const { register, formState } = useFormContext<FieldValues>();
  return (
    <FormSelect label="Role" error={errorAt(formState.errors, name)} {...register(name)}>
      {roles.map((role) => <option key={role} value={role}>{roleLabels[role]}</option>)}
    </FormSelect>
  );
}

export function CreateUserForm() {
  const router = useRouter();
  return (
    <SimpleForm<CreateUserFormValues>
      schema={createUserSchema}
      defaultValues={{ email: "", name: "", role: "REPORTER", password: "" }}
      labels={{ email: "Email", name: "Name", role: "Role", password: "Password" }}
      submitLabel="Create account"
      resetOnSuccess
      send={createUserAction}
      onDone={() => {
        router.refresh();
        return "Account created. Give the person their password in person or by phone, never by email.";
      }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="name" label="Name" />
        <Field name="email" label="Email" type="email" autoComplete="off" />
        <RoleSelect />
        <Field name="password" label="First password" type="password" hint={passwordHint} autoComplete="new-password" />
      </div>
    </SimpleForm>
  );
}

export function StaffControls({ id, role, disabled, isSelf }: { id: string; role: Role; disabled: boolean; isSelf: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [showReset, setShowReset] = useState(false);
  if (isSelf) return <span className="text-xs text-muted">You (change your password under My account)</span>;
  const after = (result: { ok: boolean; formError?: string }, done: string) => {
    setMessage(result.ok ? done : (result.formError ?? "Nothing changed."));
    if (result.ok) router.refresh();
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${id}`}>Role</label>
        <select
          id={`role-${id}`}
          defaultValue={role}
          className="rounded-md border border-ink/25 bg-card px-2 py-1 text-sm"
          onChange={async (event) => after(await changeRoleAction({ id, role: event.target.value as Role }), "Role changed.")}
        >
          {roles.map((r) => <option key={r} value={r}>{r[0] + r.slice(1).toLowerCase()}</option>)}
        </select>
        <button
          type="button"
          className="rounded-md border border-ink/25 bg-card px-2 py-1 text-xs font-medium"
          onClick={async () => after(await setDisabledAction({ id, disabled: !disabled }), disabled ? "Re-enabled." : "Disabled: their session ends on their next click.")}
        >
          {disabled ? "Re-enable" : "Disable"}
        </button>
        <button type="button" className="rounded-md border border-ink/25 bg-card px-2 py-1 text-xs font-medium" onClick={() => setShowReset((v) => !v)} aria-expanded={showReset}>
          Reset password
        </button>
      </div>
      {message ? <p role="status" className="text-xs">{message}</p> : null}
      {showReset ? (
        <SimpleForm<ResetPasswordFormValues>
          schema={resetPasswordSchema}
          defaultValues={{ id, password: "" }}
          labels={{ password: "New password" }}
          submitLabel="Set new password"
          resetOnSuccess
          send={resetPasswordAction}
          onDone={() => "Password reset. Tell them in person or by phone."}
        >
          <Field name="password" label="New password" type="password" hint={passwordHint} autoComplete="new-password" />
        </SimpleForm>
      ) : null}
    </div>
  );
}

export function ChangeOwnPasswordForm() {
  return (
    <SimpleForm<ChangeOwnPasswordFormValues>
      schema={changeOwnPasswordSchema}
      defaultValues={{ currentPassword: "", newPassword: "", confirmPassword: "" }}
      labels={{ currentPassword: "Current password", newPassword: "New password", confirmPassword: "New password again" }}
      submitLabel="Change password"
      resetOnSuccess
      send={changeOwnPasswordAction}
      onDone={() => "Your password is changed."}
    >
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
      <Field name="newPassword" label="New password" type="password" hint={passwordHint} autoComplete="new-password" />
      <Field name="confirmPassword" label="New password again" type="password" autoComplete="new-password" />
    </SimpleForm>
  );
}
