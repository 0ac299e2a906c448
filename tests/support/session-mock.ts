import fs from "node:fs";
import path from "node:path";
import { vi } from "vitest";
import type { Permission } from "@/lib/auth/permissions";
import { currentActingUser } from "./acting-user";

// The replacement for lib/auth/session.ts that tests/support/setup.ts installs. getCurrentUser()
// returns whoever actAs() set. The real module's other exports stay, but an export that calls
// getCurrentUser() from inside that module would still reach the real one (a module's own
// bindings cannot be mocked), so such exports are rebuilt here on the seam, and any new one is
// reported instead of silently bypassing actAs().

type SessionModule = Record<string, unknown>;

async function requirePermission(permission: Permission) {
  const { ForbiddenError, UnauthenticatedError } = await import("@/lib/errors");
  const user = currentActingUser();
  if (!user) throw new UnauthenticatedError();
  if (!permission(user)) throw new ForbiddenError();
  return user;
}

const rebuiltOnSeam: SessionModule = { requirePermission };

function sessionModuleExists(): boolean {
  return ["session.ts", "session.tsx"].some((file) => fs.existsSync(path.resolve("lib", "auth", file)));
}

export async function mockSessionModule(importOriginal: () => Promise<SessionModule>): Promise<SessionModule> {
  const getCurrentUser = vi.fn(async () => currentActingUser());
  if (!sessionModuleExists()) return { getCurrentUser };
  const actual = await importOriginal();
  for (const [name, value] of Object.entries(actual)) {
    if (name === "getCurrentUser" || name in rebuiltOnSeam || typeof value !== "function") continue;
    if (/\bgetCurrentUser\b/.test(Function.prototype.toString.call(value))) {
      throw new Error(
        `lib/auth/session.ts exports ${name}, which calls getCurrentUser() inside that module, so ` +
          "actAs() cannot reach it in tests. Move it to a module that imports getCurrentUser, or " +
          "rebuild it in tests/support/session-mock.ts.",
      );
    }
  }
  const rebuilt = Object.fromEntries(Object.entries(rebuiltOnSeam).filter(([name]) => name in actual));
  return { ...actual, ...rebuilt, getCurrentUser };
}
