"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { emptyTrashAction, restoreFromTrashAction } from "@/lib/actions/records";
import type { RecordType } from "@/lib/records/types";

// Restore one record from the trash, or (admins) empty it for good.

export function RestoreFromTrashButton({ type, id }: { type: RecordType; id: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className="rounded-md border border-ink/25 bg-card px-2 py-1 text-xs font-medium hover:bg-paper"
        onClick={async () => {
          const result = await restoreFromTrashAction({ type, id }).catch(() => ({ ok: false as const, formError: "We could not reach the server." }));
          if (!result.ok) return setMessage(result.formError ?? "Not restored.");
          router.refresh();
        }}
      >
        Restore
      </button>
      {message ? <span role="alert" className="text-xs text-accent">{message}</span> : null}
    </span>
  );
}

export function EmptyTrashButton({ count }: { count: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={count === 0}
        className="rounded-md border border-accent/40 px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft disabled:opacity-50"
        onClick={async () => {
          if (!window.confirm(`Delete all ${count} records in the trash for good? This cannot be undone.`)) return;
          const result = await emptyTrashAction({}).catch(() => ({ ok: false as const, formError: "We could not reach the server." }));
          if (!result.ok) return setMessage(result.formError ?? "Nothing was deleted.");
          setMessage(`${result.data.purged} deleted for good.${result.data.kept.length ? ` Kept (still referenced): ${result.data.kept.map((k) => k.title).join(", ")}.` : ""}`);
          router.refresh();
        }}
      >
        Empty trash
      </button>
      {message ? <p role="status" className="text-sm">{message}</p> : null}
    </div>
  );
}
