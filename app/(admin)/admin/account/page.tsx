import type { Metadata } from "next";
import { ChangeOwnPasswordForm } from "@/components/forms/users/account-forms";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-ink">My account</h1>
        <p className="text-sm text-muted">{user?.name} · {user?.email} · {user?.role.toLowerCase()}</p>
      </div>
      <section aria-labelledby="password-title" className="rounded-lg border border-rule bg-card p-5 shadow-xs">
        <h2 id="password-title" className="mb-4 text-lg font-semibold">Change your password</h2>
        <ChangeOwnPasswordForm />
      </section>
    </div>
  );
}
