"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { decideRepeatAction, scanRepeatsAction } from "@/lib/actions/repeats";

// The repeats queue's buttons: confirm or reject one pair, or look for new proposals.

const small = "rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-60";

export function RepeatDecisionButtons({ id, status, label }: { id: string; status: "PROPOSED" | "CONFIRMED" | "REJECTED"; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function decide(decision: "CONFIRMED" | "REJECTED") {
    setBusy(true);
    setMessage(null);
    const result = await decideRepeatAction({ id, decision }).catch(() => ({ ok: false as const, formError: "We could not reach the server; nothing changed." }));
    setBusy(false);
    if (!result.ok) return setMessage(result.formError ?? "Nothing changed.");
    router.refresh();
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex flex-wrap gap-2">
        {status !== "CONFIRMED" ? (
          <button type="button" disabled={busy} className={`${small} border-emerald-700/40 bg-emerald-50 text-emerald-900 hover:bg-emerald-100`} onClick={() => decide("CONFIRMED")}>
            Same matter: confirm<span className="sr-only"> {label}</span>
          </button>
        ) : null}
        {status !== "REJECTED" ? (
          <button type="button" disabled={busy} className={`${small} border-accent/40 text-accent hover:bg-accent-soft`} onClick={() => decide("REJECTED")}>
            Not the same: reject<span className="sr-only"> {label}</span>
          </button>
        ) : null}
      </div>
      {message ? <p role="alert" className="text-sm text-accent">{message}</p> : null}
    </div>
  );
}

export function ScanRepeatsButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={busy}
        className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/85 disabled:opacity-60"
        onClick={async () => {
          setBusy(true);
          setMessage(null);
          const result = await scanRepeatsAction({}).catch(() => ({ ok: false as const, formError: "We could not reach the server; nothing was looked at." }));
          setBusy(false);
          if (!result.ok) return setMessage({ text: result.formError ?? "The search for repeats failed.", error: true });
          const { considered, proposed } = result.data;
          setMessage({ text: `Compared ${considered} submissions: ${proposed} new pair${proposed === 1 ? "" : "s"} proposed.`, error: false });
          router.refresh();
        }}
      >
        {busy ? "Looking…" : "Look for new repeats"}
      </button>
      {message ? <p role={message.error ? "alert" : "status"} className={`text-sm ${message.error ? "text-accent" : "text-muted"}`}>{message.text}</p> : null}
    </div>
  );
}
