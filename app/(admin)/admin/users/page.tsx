import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { When } from "@/components/admin/when";
import { CreateUserForm, StaffControls } from "@/components/forms/users/account-forms";
import { canManageUsers } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listStaff } from "@/lib/data/users";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function UsersPage() {
  const user = await getCurrentUser();
  // The data layer and actions refuse too; this only spares a non-admin an error page.
  if (!user || !canManageUsers(user)) redirect("/admin");
  const staff = await listStaff();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-ink">Staff accounts</h1>
        <p className="text-sm text-muted">A disabled account is signed out on its next request and cannot sign in until re-enabled.</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Staff accounts</caption>
          <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="px-3 py-2">Role</th>
              <th scope="col" className="px-3 py-2">Last sign-in</th>
              <th scope="col" className="px-3 py-2">Change</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} className={`border-b border-rule align-top last:border-0 ${member.disabledAt ? "text-muted" : ""}`}>
                <td className="px-3 py-2">
                  <div className="font-medium">{member.name}</div>
                  <div className="text-xs text-muted">{member.email}</div>
                  {member.disabledAt ? <div className="mt-1 inline-block rounded-sm bg-accent-soft px-1.5 text-xs font-semibold text-accent">Disabled</div> : null}
                </td>
                <td className="px-3 py-2">{member.role[0] + member.role.slice(1).toLowerCase()}</td>
                <td className="whitespace-nowrap px-3 py-2 text-muted">{member.lastSignIn ? <When date={member.lastSignIn} /> : "never"}</td>
                <td className="px-3 py-2"><StaffControls id={member.id} role={member.role} disabled={Boolean(member.disabledAt)} isSelf={member.id === user.id} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="new-account" className="rounded-lg border border-rule bg-card p-5 shadow-xs">
        <h2 id="new-account" className="mb-4 text-lg font-semibold">New account</h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
