"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

interface ErrorPageProps {
  error: unknown;
  retry: () => void;
}

// The root error boundary replaces everything under the root layout, including the public
// layout. It is a client component, so it cannot render the server-translated site header: it
// brings a minimal one of its own. It never prints the error's message: in production
// Next already strips it, and in development it could still hold SQL or paths. The digest is a
// hash that matches the server log, safe to show and useful when a reader reports the problem.
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-8 outline-none sm:px-6">
      <Link href="/" className="text-lg font-bold tracking-tight text-ink underline">
        Two Sessions Tracker 两会
      </Link>
      <div className="mx-auto grid max-w-2xl gap-4 py-10">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Error</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Something went wrong on our side</h1>
        <p className="text-muted">
          The page could not be shown just now. Trying again often helps; if it keeps happening, please tell us and
          quote the reference below.
        </p>
        {digest && (
          <p className="text-sm text-muted">
            Reference: <code className="rounded bg-ink/5 px-1.5 py-0.5">{digest}</code>
          </p>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <Button onClick={() => retry()}>Try again</Button>
          <Link href="/" className="font-semibold underline hover:text-accent">
            Go to the home page
          </Link>
        </div>
      </div>
    </main>
  );
}
