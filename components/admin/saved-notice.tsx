import Link from "next/link";

// The confirmation after a save, shown on the page the form lands on. role="status": announced
// politely, and it stays on screen until the next navigation.
export function SavedNotice({ saved, publicHref, label = "Submission" }: { saved: "created" | "updated"; publicHref: string | null; label?: string }) {
  return (
    <div role="status" className="rounded-md border border-emerald-700/30 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
      <strong className="font-semibold">{saved === "created" ? `${label} created.` : "Changes saved."}</strong>{" "}
      {publicHref ? (
        <>
          It is public at{" "}
          <Link href={publicHref} className="underline">
            {publicHref}
          </Link>
          .
        </>
      ) : (
        "It is not public."
      )}
    </div>
  );
}
