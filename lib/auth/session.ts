import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "@/lib/auth/options";
import type { Permission } from "@/lib/auth/permissions";
import { isRole, type CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

/** The signed-in staff member, loaded once per request; null when anonymous or disabled. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The acting user if they hold `permission`; throws otherwise. For the data layer. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  if (!permission(user)) throw new ForbiddenError();
  return user;
}
