"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { markMentionReadAction } from "@/lib/actions/notes";

export function MentionReadButton({ noteId, read }: { noteId: string; read: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await markMentionReadAction({ noteId, read: !read }).catch(() => ({ ok: false as const, formError: "We could not reach the server; nothing changed." }));
          setBusy(false);
          if (!result.ok) return setError(result.formError ?? "Nothing changed.");
          setError(null);
          router.refresh();
        }}
        className="underline"
      >
        {read ? "Mark unread" : "Mark read"}
      </button>
      {error ? <span role="alert" className="text-accent">{error}</span> : null}
    </>
  );
}
