import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EndpointTable } from "@/components/api/endpoint-table";
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from "@/lib/api/query";

export const metadata: Metadata = {
  title: "Open data: API, feeds and downloads",
  description: "Read the tracker's published records as JSON, follow them in feeds, download them as CSV or JSON.",
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Code = ({ children }: { children: ReactNode }) => <code className="rounded bg-card px-1 font-mono text-[0.92em]">{children}</code>;

export default function ApiPage() {
  return (
    <article className="grid max-w-4xl gap-10">
      <header className="grid gap-3">
        <h1 className="text-3xl font-bold">Open data</h1>
        <p className="max-w-prose text-lg text-muted">
          Everything published on the tracker can be read by programs: a JSON API, feeds to follow, and downloads of
          every public table. No key or sign-up. Only published records appear, each with its sources; reporters&apos;
          internal notes and reviews never do.
        </p>
      </header>

      <Section id="api" title="JSON API">
        <p className="max-w-prose">
          Base address <Code>/api/v1</Code>. The full description, with every field, is the OpenAPI 3.1 document at{" "}
          <a className="underline hover:text-accent" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>
          .
        </p>
        <EndpointTable />
        <pre className="overflow-x-auto rounded border border-rule bg-card p-3 font-mono text-sm">
          {`curl 'https://<this site>/api/v1/submissions?year=2022&body=CPPCC&limit=20'`}
        </pre>
        <ul className="max-w-prose list-disc space-y-2 pl-5">
          <li>
            <strong>Pages.</strong> <Code>limit</Code> sets the page size (default {API_DEFAULT_LIMIT}, at most{" "}
            {API_MAX_LIMIT}). Each answer has <Code>pagination.next</Code>, the address of the next page (also in the{" "}
            <Code>Link</Code> header), or null on the last one. Rows are ordered by id, so pages never repeat or skip a
            record while the data changes.
          </li>
          <li>
            <strong>Ids.</strong> Every record has a stable <Code>id</Code> that never changes, even when its title or
            slug is corrected; store ids, not slugs.
          </li>
          <li>
            <strong>Caching.</strong> Answers carry an <Code>ETag</Code>; send it back as <Code>If-None-Match</Code> and
            an unchanged answer comes back as <Code>304 Not Modified</Code> with no body.
          </li>
          <li>
            <strong>Limits.</strong> About 120 requests a minute per client. Past that the answer is{" "}
            <Code>429</Code> with a <Code>Retry-After</Code> header saying how many seconds to wait. For everything at
            once, use the downloads instead.
          </li>
          <li>
            <strong>Errors.</strong> A wrong or unknown query parameter gives <Code>400</Code> with{" "}
            <Code>{`{"error": {"code": "invalid_query", "fields": {"year": ["must be a year such as 2022"]}}}`}</Code>.
          </li>
        </ul>
      </Section>
    </article>
  );
}
