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
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; code?: AppError["code"] };

export const genericFailure = "Something went wrong on our side and nothing was saved. Please try again.";

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function failureFrom(error: unknown): { ok: false; formError?: string; fieldErrors?: FieldErrors; code?: AppError["code"] } {
  if (error instanceof AppError) return { ok: false, formError: error.message, fieldErrors: error.fieldErrors, code: error.code };
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

/**
 * The create and update actions of a record form built on defineRecord: the record type's write
 * permission, the form's own schemas, and the data layer's checks again inside its transaction.
 */
export function recordFormActions<C extends z.ZodType, U extends z.ZodType, T>(options: {
  permission: Permission;
  create: { schema: C; run: (input: z.output<C>) => Promise<T> };
  update: { schema: U; run: (id: string, input: z.output<U>) => Promise<T> };
}) {
  return {
    create: authorizedAction({ schema: options.create.schema, permission: options.permission }, (input) => options.create.run(input)),
    update: authorizedAction({ schema: options.update.schema, permission: options.permission }, (input) =>
      options.update.run((input as { id: string }).id, input),
    ),
  };
}
