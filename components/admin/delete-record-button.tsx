"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteRecordAction } from "@/lib/actions/records";
import { RECORDS, type RecordType } from "@/lib/records/types";

// Moves a record to the trash (or deletes a membership/affiliation) after a confirmation. When the
// record is still used elsewhere the server refuses and says where; the message shows here.

export function DeleteRecordButton({ type, id, version }: { type: RecordType; id: string; version: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const info = RECORDS[type];
  const verb = info.trashable ? "Move to trash" : "Delete";
  return (
    <div className="flex flex-col items-end gap-2">
      <button
        type="button"
        disabled={busy}
        className="rounded-md border border-accent/40 px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft disabled:opacity-60"
        onClick={async () => {
          const question = info.trashable ? `Move this ${info.label} to the trash? It can be restored from there.` : `Delete this ${info.label} for good?`;
          if (!window.confirm(question)) return;
          setBusy(true);
          const result = await deleteRecordAction({ type, id, version }).catch(() => ({ ok: false as const, formError: "We could not reach the server; nothing was deleted." }));
          setBusy(false);
          if (!result.ok) return setMessage(result.formError ?? "Nothing was deleted.");
          router.push(`/admin/${info.segment}?deleted=1`);
        }}
      >
        {verb}
      </button>
      {message ? <p role="alert" className="max-w-md text-right text-sm text-accent">{message}</p> : null}
    </div>
  );
}
