import "server-only";
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, type FieldErrors } from "@/lib/errors";

// Every server action goes through here: a server action is a public POST endpoint, so each one
// authenticates, authorizes with a named permission and validates with the form's own zod schema
// before any work. Expected failures come back as values; unexpected ones are logged and reach
// the browser only as a generic message.

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export const genericFailure = "Something went wrong on our side and nothing was saved. Please try again.";

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function failureFrom(error: unknown): { ok: false; formError?: string; fieldErrors?: FieldErrors } {
  if (error instanceof AppError) return { ok: false, formError: error.message, fieldErrors: error.fieldErrors };
  console.error(error);
  return { ok: false, formError: genericFailure };
}

export function authorizedAction<S extends z.ZodType, T>(
  options: { schema: S; permission: Permission },
  handler: (input: z.output<S>, user: CurrentUser) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, formError: "Your session has ended. Sign in again; what you typed is still here." };
    if (!options.permission(user)) return { ok: false, formError: "You do not have permission to do that." };
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, formError: "Some fields need attention.", fieldErrors: toFieldErrors(parsed.error) };
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return failureFrom(error);
    }
  };
}
