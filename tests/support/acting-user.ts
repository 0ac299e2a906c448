// The acting-user seam. Code under test learns who is acting only from getCurrentUser() in
// lib/auth/session.ts; tests/support/setup.ts replaces that function with one that returns the
// user set here. Every test starts anonymous (null).
//
//   actAs(await createStaffUser("EDITOR"));   // later calls see that editor
//   actAs(null);                               // signed out again

import type { CurrentUser } from "@/lib/auth/roles";

export type { CurrentUser };

let actingUser: CurrentUser | null = null;

/** Makes getCurrentUser() return `user` (a copy of its identity fields) until the next actAs. */
export function actAs(user: CurrentUser | null): void {
  // Copy only the identity: a Prisma User passed in carries its password hash.
  actingUser = user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

export function currentActingUser(): CurrentUser | null {
  return actingUser ? { ...actingUser } : null;
}
