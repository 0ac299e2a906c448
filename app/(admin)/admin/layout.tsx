import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { getCurrentUser } from "@/lib/auth/session";
import { countMyUnreadMentions } from "@/lib/data/note-inbox";

export const metadata: Metadata = {
  title: { default: "Staff", template: "%s · Staff · Two Sessions Tracker" },
  robots: { index: false, follow: false },
};

// For the experience only: an anonymous visitor is sent to sign in instead of seeing errors. The
// data layer and every action check the user again, whatever this layout does.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Fadmin");
  return (
    <div className="flex min-h-dvh flex-col">
      <AdminHeader user={user} unreadMentions={await countMyUnreadMentions()} />
      <main id="main-content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
