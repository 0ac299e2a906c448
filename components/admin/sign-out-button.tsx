"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

// next-auth's signOut fetches a CSRF token and posts it, then leaves the page (a full navigation,
// so an unsaved form's beforeunload warning still gets its say).
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login" }).finally(() => setPending(false));
      }}
      className="rounded-md border border-white/30 px-3 py-1 text-sm font-medium text-white hover:bg-white/10 disabled:opacity-60"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
