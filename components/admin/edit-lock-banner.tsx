"use client";

import { useCallback, useEffect, useState } from "react";
import { claimEditLockAction, releaseEditLockAction } from "@/lib/actions/locks";
import type { LockState } from "@/lib/data/records/locks";
import type { RecordType } from "@/lib/records/types";
import { formatStaffTime } from "./when";

// Claims the record's edit lock while the page is open and shows who else is editing, with a
// take-over button. Renewed every 45 seconds; released when the page closes.

const heartbeatMs = 45_000;

export function EditLockBanner({ type, id }: { type: RecordType; id: string }) {
  const [state, setState] = useState<LockState | null>(null);

  const claim = useCallback(
    async (takeOver = false) => {
      const result = await claimEditLockAction({ type, id, takeOver }).catch(() => null);
      if (result?.ok) setState(result.data);
    },
    [type, id],
  );

  useEffect(() => {
    void claim();
    const timer = window.setInterval(() => void claim(), heartbeatMs);
    const release = () => void releaseEditLockAction({ type, id }).catch(() => undefined);
    window.addEventListener("pagehide", release);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("pagehide", release);
      release();
    };
  }, [claim, type, id]);

  if (!state || state.held) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-md border-2 border-amber-700/40 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <p>
        <strong>{state.holderName}</strong> ({state.holderEmail}) is editing this record right now. If you both save, the second
        save is refused and shown beside the first. Their lock lapses at {formatStaffTime(new Date(state.expiresAt))} unless they keep working.
      </p>
      <button type="button" onClick={() => void claim(true)} className="rounded-md bg-ink px-3 py-1.5 font-semibold text-white">
        Take over editing
      </button>
    </div>
  );
}
