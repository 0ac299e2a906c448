import Link from "next/link";

// Shared by the root 404 (unknown addresses) and the public one (unknown or unpublished records).
// It does not say whether a record exists but is unpublished: that would leak drafts.
export function NotFoundPanel() {
  return (
    <div className="mx-auto grid max-w-2xl gap-4 py-10">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">404 · Not found</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">We could not find that page</h1>
      <p className="text-muted">
        The address may be mistyped, or the record is not published. Published addresses do not change, so a link
        that worked before should still work.
      </p>
      <ul className="mt-2 grid gap-2">
        <li>
          <Link href="/" className="font-semibold underline hover:text-accent">
            The latest session
          </Link>
        </li>
        <li>
          <Link href="/submissions" className="font-semibold underline hover:text-accent">
            Browse all submissions
          </Link>
        </li>
      </ul>
    </div>
  );
}
