import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import type { DbTarget } from "@/lib/db/target";
import type { Env } from "@/lib/env";

// Demo staff accounts for trying the tracker on a laptop. Their passwords are public (the README
// and the browser tests list them), so they are only created where nobody else can reach the
// database: the embedded one, or a server whose owner asked for them with SEED_DEMO_USERS=1.

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export const demoUsers: readonly DemoUser[] = [
  { email: "admin@example.org", name: "Demo Admin", role: Role.ADMIN, password: "Demo-Admin-2022!" },
  { email: "editor@example.org", name: "Demo Editor", role: Role.EDITOR, password: "Demo-Editor-2022!" },
  { email: "reporter@example.org", name: "Demo Reporter", role: Role.REPORTER, password: "Demo-Reporter-2022!" },
];

/** SEED_DEMO_USERS=1 asks for them anywhere, =0 refuses them anywhere; unset means embedded only. */
export function demoUsersAllowed(target: DbTarget, env: Pick<Env, "SEED_DEMO_USERS">): boolean {
  if (env.SEED_DEMO_USERS === "1") return true;
  if (env.SEED_DEMO_USERS === "0") return false;
  return target.kind === "pglite";
}

export interface DemoUsersResult {
  created: DemoUser[];
  /** Already there: left exactly as they are (password included). */
  existing: string[];
}

export async function seedDemoUsers(prisma: PrismaClient): Promise<DemoUsersResult> {
  const result: DemoUsersResult = { created: [], existing: [] };
  for (const user of demoUsers) {
    const weakness = passwordWeakness(user.password);
    if (weakness) throw new Error(`Demo password for ${user.email} is too weak: ${weakness}`);
    const found = await prisma.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (found) {
      result.existing.push(user.email);
      continue;
    }
    const passwordHash = await hashPassword(user.password);
    // Never an upsert: an existing account's password must never be reset by a seed.
    await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: user.email, name: user.name, role: user.role, passwordHash },
        select: { id: true },
      });
      await tx.auditEntry.create({
        data: { action: "seed.demo_user", entityType: "User", entityId: created.id, after: { email: user.email, role: user.role } },
      });
    });
    result.created.push(user);
  }
  return result;
}

export function describeDemoUsers(users: readonly DemoUser[]): string[] {
  return users.map((user) => `  ${user.role.padEnd(8)} ${user.email.padEnd(22)} password: ${user.password}`);
}

export const createUserHint =
  "Create a staff account with: npm run user:create -- --email you@example.org --name \"Your Name\" --role EDITOR";
