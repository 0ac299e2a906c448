import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createUserFromCli, parseUserCreateArgs, UserCreateError } from "@/lib/cli/user-create";
import { db } from "@/lib/db";
import { uniqueTag } from "@/tests/support/factories";

describe("npm run user:create", () => {
  it("parses the documented arguments, in either form, with a case-insensitive role", () => {
    expect(parseUserCreateArgs(["--email", "Jane@Newsroom.Example", "--name", "Jane Doe", "--role", "editor"])).toEqual({
      email: "jane@newsroom.example",
      name: "Jane Doe",
      role: "EDITOR",
    });
    expect(parseUserCreateArgs(["--email=a@b.example", "--name=A", "--role=ADMIN"]).role).toBe("ADMIN");
  });

  it("explains a missing or wrong argument", () => {
    expect(() => parseUserCreateArgs(["--email", "x"])).toThrow(/valid email[\s\S]*--name is required[\s\S]*--role/);
    expect(() => parseUserCreateArgs(["--mail", "x"])).toThrow(/Unknown argument "--mail"/);
  });

  it("creates a staff user with a hashed password and an audit entry", async () => {
    const email = `cli-${uniqueTag()}@example.test`;
    const user = await createUserFromCli(db, { email, name: "Synthetic CLI user", role: "REPORTER" }, "Strong-Enough-2022");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain("Strong-Enough-2022");
    expect(await verifyPassword("Strong-Enough-2022", stored.passwordHash)).toBe(true);
    expect(await db.auditEntry.count({ where: { entityId: user.id, action: "user.create" } })).toBe(1);
  });

  it("refuses a weak or missing password and a duplicate email, changing nothing", async () => {
    const email = `cli-${uniqueTag()}@example.test`;
    const args = { email, name: "Synthetic", role: "EDITOR" as const };
    await expect(createUserFromCli(db, args, undefined)).rejects.toThrow(/Password refused: A password is required/);
    await expect(createUserFromCli(db, args, "short")).rejects.toThrow(UserCreateError);
    expect(await db.user.count({ where: { email } })).toBe(0);
    await createUserFromCli(db, args, "Strong-Enough-2022");
    await expect(createUserFromCli(db, args, "Another-Strong-2022")).rejects.toThrow(/already exists/);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});
