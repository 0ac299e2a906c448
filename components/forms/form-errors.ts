import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from "react-hook-form";

// Bridges between react-hook-form's nested error object and the flat "sources.0.url" keys the
// server actions return (see lib/actions/safe-action.ts).

export interface FlatError {
  name: string;
  message: string;
}

/** The message for `name`, including an array-level message (RHF keeps those under `.root`). */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const entry = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = entry?.message ?? entry?.root?.message;
  return typeof message === "string" && message ? message : undefined;
}

const metaKeys = new Set(["ref", "type", "types", "message"]);

/** Every error in the nested object, in form order, as flat names. */
export function flattenErrors(errors: object, prefix = ""): FlatError[] {
  const flat: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (metaKeys.has(key) || value === null || typeof value !== "object") continue;
    const name = key === "root" ? prefix.replace(/\.$/, "") : `${prefix}${key}`;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) flat.push({ name, message });
    if (key !== "root") flat.push(...flattenErrors(value, `${name}.`));
  }
  return flat;
}

/** Shows the server's field errors next to their fields; "_form" has no field and is skipped. */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
): void {
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (name === "_form" || messages.length === 0) continue;
    setError(name as Path<T>, { type: "server", message: messages[0] });
  }
}
