import Link from "next/link";
import type { CurrentUser, Role } from "@/lib/auth/roles";
import { AdminNavLink } from "./admin-nav-link";
import { SignOutButton } from "./sign-out-button";

const roleLabels: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REPORTER: "Reporter" };

export function AdminHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="font-semibold tracking-tight">
          Two Sessions Tracker <span className="font-normal text-white/70">· Staff</span>
        </Link>
        <nav aria-label="Staff" className="flex flex-wrap gap-1">
          <AdminNavLink href="/admin" exact>
            Dashboard
          </AdminNavLink>
          <AdminNavLink href="/admin/submissions">Submissions</AdminNavLink>
          <Link href="/" className="rounded-md px-3 py-1 text-sm text-white/70 hover:text-white">
            Public site ↗
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            <span className="font-medium">{user.name}</span>{" "}
            <span className="rounded-sm bg-white/15 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide">
              {roleLabels[user.role]}
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
