// Errors with a message that is safe to show a user. Anything else that is thrown is logged on
// the server and reaches the browser only as a generic message.

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly code: "forbidden" | "unauthenticated" | "not_found" | "conflict" | "invalid" | "config" = "invalid",
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do that.") {
    super(message, {}, "forbidden");
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Please sign in first.") {
    super(message, {}, "unauthenticated");
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super(message, {}, "config");
  }
}
