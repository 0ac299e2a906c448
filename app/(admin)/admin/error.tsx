"use client";

// Anything unexpected while rendering a staff page. The message never includes the error's text
// (it may hold internal details); the digest lets an admin find the server log entry.
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-accent/40 bg-accent-soft p-6">
      <h1 className="text-xl font-semibold text-ink">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-ink">
        Something went wrong on our side. Nothing you saved earlier is affected.
        {error.digest ? <> Reference: <code>{error.digest}</code>.</> : null}
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
