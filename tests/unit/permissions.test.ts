import { describe, expect, it } from "vitest";
import { canDraft, canEditRecord, canManageUsers, canPublish, canSetStatus } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: role, email: `${role}@example.org`, name: role, role });

describe("permissions", () => {
  it("lets every staff role draft but only editors and admins publish", () => {
    expect(["ADMIN", "EDITOR", "REPORTER"].map((r) => canDraft(user(r as CurrentUser["role"])))).toEqual([true, true, true]);
    expect(canPublish(user("REPORTER"))).toBe(false);
    expect(canPublish(user("EDITOR"))).toBe(true);
    expect(canPublish(user("ADMIN"))).toBe(true);
  });

  it("keeps reporters away from published records and from publishing", () => {
    expect(canEditRecord(user("REPORTER"), "DRAFT")).toBe(true);
    expect(canEditRecord(user("REPORTER"), "IN_REVIEW")).toBe(true);
    expect(canEditRecord(user("REPORTER"), "PUBLISHED")).toBe(false);
    expect(canSetStatus(user("REPORTER"), "IN_REVIEW")).toBe(true);
    expect(canSetStatus(user("REPORTER"), "PUBLISHED")).toBe(false);
    expect(canSetStatus(user("REPORTER"), "UNPUBLISHED")).toBe(false);
    expect(canSetStatus(user("EDITOR"), "PUBLISHED")).toBe(true);
  });

  it("reserves staff management to admins", () => {
    expect(canManageUsers(user("EDITOR"))).toBe(false);
    expect(canManageUsers(user("ADMIN"))).toBe(true);
  });
});
