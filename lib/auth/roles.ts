export const roles = ["ADMIN", "EDITOR", "REPORTER"] as const;
export type Role = (typeof roles)[number];

/** The staff member acting in this request, as loaded from the database (never from the client). */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
