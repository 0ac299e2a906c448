import "server-only";
import { canDraft, canManageUsers } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Staff accounts. Admins create users, change roles, disable and re-enable them and reset
// passwords; everyone changes their own password. A disabled user's session ends on its next
// request (getCurrentUser reads disabledAt every time). No admin can lock themselves out, and the
// last active admin cannot be demoted or disabled. Password hashes never enter the audit log.

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  createdAt: Date;
  lastSignIn: Date | null;
}

const publicFields = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

export async function listStaff(): Promise<StaffRow[]> {
  await requirePermission(canManageUsers);
  const users = await db.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }], select: { ...publicFields, createdAt: true } });
  const signIns = await db.auditEntry.groupBy({ by: ["actorId"], where: { action: "auth.sign_in", actorId: { in: users.map((u) => u.id) } }, _max: { at: true } });
  const last = new Map(signIns.map((row) => [row.actorId, row._max.at]));
  return users.map((user) => ({ ...user, role: user.role as Role, lastSignIn: last.get(user.id) ?? null }));
}

export async function createStaff(input: { email: string; name: string; role: Role; password: string }) {
  const admin = await requirePermission(canManageUsers);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("Some fields need attention.", { email: ["Someone already has an account with this email."] });
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: publicFields });
    await recordAudit({ actor: admin, action: "user.create", entityType: "User", entityId: user.id, after: user }, tx);
    return user;
  });
}

async function guardAdmins(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], adminId: string, targetId: string, losesAdmin: boolean) {
  if (targetId === adminId) throw new AppError("You cannot change your own role or disable yourself. Ask another admin.");
  if (!losesAdmin) return;
  const admins = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: targetId } } });
  if (admins === 0) throw new AppError("This is the last active admin. Make someone else an admin first.");
}

export async function changeRole(id: string, role: Role) {
  const admin = await requirePermission(canManageUsers);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: publicFields });
    if (!before) throw new AppError("That account no longer exists.", {}, "not_found");
    await guardAdmins(tx, admin.id, id, before.role === "ADMIN" && role !== "ADMIN");
    const after = await tx.user.update({ where: { id }, data: { role, version: { increment: 1 } }, select: publicFields });
    await recordAudit({ actor: admin, action: "user.change_role", entityType: "User", entityId: id, before, after }, tx);
  });
}

export async function setDisabled(id: string, disabled: boolean) {
  const admin = await requirePermission(canManageUsers);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: publicFields });
    if (!before) throw new AppError("That account no longer exists.", {}, "not_found");
    await guardAdmins(tx, admin.id, id, disabled && before.role === "ADMIN");
    const after = await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null, version: { increment: 1 } }, select: publicFields });
    // An open edit lock of a disabled user would keep telling others someone is editing.
    if (disabled) await tx.editLock.deleteMany({ where: { userId: id } });
    await recordAudit({ actor: admin, action: disabled ? "user.disable" : "user.enable", entityType: "User", entityId: id, before, after }, tx);
  });
}

export async function resetPassword(id: string, password: string) {
  const admin = await requirePermission(canManageUsers);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw new AppError("That account no longer exists.", {}, "not_found");
    await tx.user.update({ where: { id }, data: { passwordHash, version: { increment: 1 } } });
    await recordAudit({ actor: admin, action: "user.reset_password", entityType: "User", entityId: id }, tx);
  });
}

export async function changeOwnPassword(currentPassword: string, newPassword: string) {
  const user = await requirePermission(canDraft);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, row.passwordHash))) {
    throw new AppError("Some fields need attention.", { currentPassword: ["That is not your current password."] });
  }
  if (currentPassword === newPassword) {
    throw new AppError("Some fields need attention.", { newPassword: ["Choose a password different from the current one."] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
    await recordAudit({ actor: user, action: "user.change_own_password", entityType: "User", entityId: user.id }, tx);
  });
}
