import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Form field primitives: a visible label, the control, an optional hint and the error, wired with
// aria-invalid and aria-describedby so a screen reader reads the error with the field. No domain
// imports: the submission form and every later form build on these. React 19 passes `ref`
// through as a prop, so react-hook-form's register() can be spread straight onto them.

export const controlClassName =
  "w-full rounded-md border border-ink/25 bg-card px-3 py-2 text-sm text-ink shadow-xs " +
  "placeholder:text-muted/70 aria-[invalid=true]:border-accent aria-[invalid=true]:ring-1 " +
  "aria-[invalid=true]:ring-accent disabled:bg-paper disabled:text-muted";

/** Stable ids for a field name such as "sources.0.url": the error summary links to them. */
export function fieldIds(name: string): { id: string; errorId: string; hintId: string } {
  const id = `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

/** The aria-describedby value: the hint, then the error, when present. */
export function describedBy(name: string, hint: ReactNode, error: string | undefined): string | undefined {
  const { errorId, hintId } = fieldIds(name);
  const ids = [hint ? hintId : null, error ? errorId : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FormError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-accent">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

export function FormHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="text-xs text-muted">
      {children}
    </p>
  );
}

interface ShellProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label above the control, hint and error below. */
export function FormFieldShell({ name, label, hint, error, required, className = "", children }: ShellProps) {
  const { id, errorId, hintId } = fieldIds(name);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
        {required ? (
          <span className="font-normal text-muted"> (required)</span>
        ) : null}
      </label>
      {children}
      <FormHint id={hintId}>{hint}</FormHint>
      <FormError id={errorId} message={error} />
    </div>
  );
}

/** What ties a control to its label, hint and error: the same for inputs, textareas and selects. */
function controlWiring(name: string, hint: ReactNode, error: string | undefined, required: boolean | undefined) {
  return {
    id: fieldIds(name).id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, hint, error),
    "aria-required": required || undefined,
  };
}

type FieldProps = { name: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean; className?: string };

export function FormInput({
  name, label, hint, error, required, className, ...props
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <FormFieldShell name={name} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        {...controlWiring(name, hint, error, required)}
        className={controlClassName}
        {...props}
      />
    </FormFieldShell>
  );
}

export function FormTextarea({
  name, label, hint, error, required, className, ...props
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <FormFieldShell name={name} label={label} hint={hint} error={error} required={required} className={className}>
      <textarea
        {...controlWiring(name, hint, error, required)}
        className={`${controlClassName} leading-relaxed`}
        {...props}
      />
    </FormFieldShell>
  );
}

export function FormSelect({
  name, label, hint, error, required, className, children, ...props
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <FormFieldShell name={name} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        {...controlWiring(name, hint, error, required)}
        className={controlClassName}
        {...props}
      >
        {children}
      </select>
    </FormFieldShell>
  );
}
