"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClassName } from "@/components/ui/button";
import { mergeRecordsAction } from "@/lib/actions/merge";
import type { MergeRecordsInput } from "@/lib/validation/merge";

// Runs the merge the preview above it describes. The versions shown in the preview go with it: if
// either record was saved since, the server refuses and nothing moves.

export function MergeConfirmButton({ input, label }: { input: MergeRecordsInput; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={busy}
        className={buttonClassName}
        onClick={async () => {
          if (!window.confirm("Merge these two records? The duplicate is removed and its address redirects to the record kept.")) return;
          setBusy(true);
          setMessage(null);
          const result = await mergeRecordsAction(input).catch(() => ({ ok: false as const, formError: "We could not reach the server; nothing was merged." }));
          setBusy(false);
          if (!result.ok) return setMessage(result.formError ?? "Nothing was merged.");
          router.push(`/admin/merges/${result.data.auditId}`);
        }}
      >
        {busy ? "Merging…" : label}
      </button>
      {message ? <p role="alert" className="max-w-xl text-sm text-accent">{message}</p> : null}
    </div>
  );
}
