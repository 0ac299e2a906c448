import { beforeEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { createStaffUser, staffPassword } from "@/tests/support/factories";

// The real session helper, not the acting-user seam: what next-auth's cookie resolves to.
const sessionUserId = vi.hoisted(() => ({ current: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (sessionUserId.current ? { user: { id: sessionUserId.current } } : null),
}));
const { getCurrentUser } = await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");

async function auditFor(email: string) {
  return db.auditEntry.findMany({ where: { actorEmail: email }, orderBy: { at: "asc" }, select: { action: true, after: true } });
}

describe("sign-in", () => {
  beforeEach(() => {
    sessionUserId.current = null;
  });

  it("signs in with the right password, whatever the email's case, and logs it", async () => {
    const user = await createStaffUser("EDITOR");
    const result = await authorizeCredentials({ email: `  ${user.email.toUpperCase()} `, password: staffPassword });
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name });
    expect((await auditFor(user.email)).map((entry) => entry.action)).toEqual(["auth.sign_in"]);
  });

  it("refuses a wrong password and an unknown email alike, and logs both failures", async () => {
    const user = await createStaffUser("REPORTER");
    expect(await authorizeCredentials({ email: user.email, password: "Wrong-password-123" })).toBeNull();
    const unknown = `nobody-${user.id}@example.test`;
    expect(await authorizeCredentials({ email: unknown, password: staffPassword })).toBeNull();
    expect(await auditFor(user.email)).toMatchObject([{ action: "auth.sign_in_failed", after: { reason: "wrong password" } }]);
    expect(await auditFor(unknown)).toMatchObject([{ action: "auth.sign_in_failed", after: { reason: "unknown email" } }]);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createStaffUser("EDITOR", { disabledAt: new Date() });
    expect(await authorizeCredentials({ email: user.email, password: staffPassword })).toBeNull();
  });
});

describe("the acting user of a request", () => {
  it("is nobody without a session", async () => {
    expect(await getCurrentUser()).toBeNull();
  });

  it("reads the role from the database, so a role change applies on the next request", async () => {
    const user = await createStaffUser("REPORTER");
    sessionUserId.current = user.id;
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "REPORTER" });
    await db.user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "EDITOR" });
  });

  it("stops a disabled user's existing session at once", async () => {
    const user = await createStaffUser("EDITOR");
    sessionUserId.current = user.id;
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });
});
