import Link from "next/link";
import type { CurrentUser, Role } from "@/lib/auth/roles";
import { AdminNavLink } from "./admin-nav-link";
import { SignOutButton } from "./sign-out-button";

const roleLabels: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REPORTER: "Reporter" };

const records = [
  ["/admin/submissions", "Submissions"],
  ["/admin/referrals", "Referrals"],
  ["/admin/replies", "Replies"],
  ["/admin/angles", "Angles"],
  ["/admin/people", "People"],
  ["/admin/organizations", "Organizations"],
  ["/admin/memberships", "Memberships"],
  ["/admin/affiliations", "Affiliations"],
  ["/admin/topics", "Topics"],
  ["/admin/sessions", "Sessions"],
] as const;

export function AdminHeader({ user, unreadMentions = 0 }: { user: CurrentUser; unreadMentions?: number }) {
  return (
    <header className="bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 pt-3">
        <Link href="/admin" className="font-semibold tracking-tight">
          Two Sessions Tracker <span className="font-normal text-white/70">· Staff</span>
        </Link>
        <nav aria-label="Staff tools" className="flex flex-wrap gap-1">
          <AdminNavLink href="/admin" exact>Dashboard</AdminNavLink>
          <AdminNavLink href="/admin/inbox">
            Inbox
            {unreadMentions > 0 ? (
              <span className="ml-1 rounded-full bg-white px-1.5 text-xs font-bold text-ink">
                {unreadMentions}
                <span className="sr-only"> unread</span>
              </span>
            ) : null}
          </AdminNavLink>
          <AdminNavLink href="/admin/trash">Trash</AdminNavLink>
          {user.role !== "REPORTER" ? (
            <>
              <AdminNavLink href="/admin/repeats">Repeats</AdminNavLink>
              <AdminNavLink href="/admin/merges">Merges</AdminNavLink>
            </>
          ) : null}
          {user.role === "ADMIN" || user.role === "EDITOR" ? <AdminNavLink href="/admin/import">Import</AdminNavLink> : null}
          {user.role === "ADMIN" ? (
            <>
              <AdminNavLink href="/admin/audit">Audit log</AdminNavLink>
              <AdminNavLink href="/admin/users">Staff</AdminNavLink>
            </>
          ) : null}
          <AdminNavLink href="/admin/account">My account</AdminNavLink>
          <Link href="/" className="rounded-md px-3 py-1 text-sm text-white/70 hover:text-white">Public site ↗</Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            <span className="font-medium">{user.name}</span>{" "}
            <span className="rounded-sm bg-white/15 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide">{roleLabels[user.role]}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="Records" className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 pb-2 pt-2">
        {records.map(([href, label]) => (
          <AdminNavLink key={href} href={href}>{label}</AdminNavLink>
        ))}
      </nav>
    </header>
  );
}
