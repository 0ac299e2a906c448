"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "@/lib/actions/records";
import type { RecordType } from "@/lib/records/types";

// Saves an old revision's content as a new revision. Carries the version the page showed, so a
// save made meanwhile by someone else is not silently overwritten.

export function RestoreRevisionButton({ type, id, revision, currentVersion }: { type: RecordType; id: string; revision: number; currentVersion: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={busy}
        className="rounded-md border border-ink/25 bg-card px-2 py-1 text-xs font-medium hover:bg-paper disabled:opacity-60"
        onClick={async () => {
          if (!window.confirm(`Restore version ${revision}? It is saved as a new version; nothing is lost.`)) return;
          setBusy(true);
          const result = await restoreRevisionAction({ type, id, revision, expectedVersion: currentVersion }).catch(() => ({ ok: false as const, formError: "We could not reach the server; nothing changed." }));
          setBusy(false);
          if (!result.ok) return setMessage(result.formError ?? "Nothing changed.");
          router.refresh();
        }}
      >
        Restore version {revision}
      </button>
      {message ? <span role="alert" className="text-xs text-accent">{message}</span> : null}
    </span>
  );
}
