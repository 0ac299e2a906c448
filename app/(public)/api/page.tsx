import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DownloadTable } from "@/components/api/download-table";
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
            slug is corrected; store ids, not slugs. One record: <Code>/api/v1/submissions/&lt;id&gt;</Code> (and the same
            for every list).
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

      <Section id="feeds" title="Feeds">
        <p className="max-w-prose">
          Follow new submissions and new ministry replies in any feed reader, as Atom (<Code>.atom</Code>) or RSS (
          <Code>.rss</Code>). Each feed holds the 50 most recently published items.
        </p>
        <ul className="grid gap-2 font-mono text-sm">
          <li>
            <a className="underline hover:text-accent" href="/feeds/submissions.atom">/feeds/submissions.atom</a>
            {" · "}
            <a className="underline hover:text-accent" href="/feeds/submissions.rss">.rss</a>
            <span className="font-sans text-muted"> – every new submission</span>
          </li>
          <li>
            <a className="underline hover:text-accent" href="/feeds/replies.atom">/feeds/replies.atom</a>
            {" · "}
            <a className="underline hover:text-accent" href="/feeds/replies.rss">.rss</a>
            <span className="font-sans text-muted"> – every new reply</span>
          </li>
          <li>
            /feeds/people/<em>slug</em>/submissions.atom
            <span className="font-sans text-muted"> – one person&apos;s submissions (and replies.atom for the replies to them)</span>
          </li>
          <li>
            /feeds/organizations/<em>slug</em>/submissions.atom
            <span className="font-sans text-muted"> – filed by a company, party or group, or touching its interests</span>
          </li>
          <li>
            /feeds/ministries/<em>slug</em>/replies.atom
            <span className="font-sans text-muted"> – a ministry&apos;s replies (submissions.atom: what is referred to it)</span>
          </li>
          <li>
            /feeds/topics/<em>slug</em>/submissions.atom
            <span className="font-sans text-muted"> – one topic</span>
          </li>
          <li>
            /feeds/search.atom?q=<em>words</em>
            <span className="font-sans text-muted"> – new submissions whose title or summary contains the words</span>
          </li>
        </ul>
        <p className="max-w-prose text-sm text-muted">
          The <em>slug</em> is the last part of the record&apos;s page address, e.g. <Code>ma-huateng</Code> in
          /people/ma-huateng. Every feed also exists as <Code>.rss</Code>.
        </p>
      </Section>

      <Section id="downloads" title="Downloads">
        <p className="max-w-prose">
          Every public table as CSV (UTF-8 with a byte-order mark, so Excel shows Chinese correctly) or JSON, whole or
          for one session. Tables link to each other by <Code>id</Code>, the same ids as the API. All tables in one
          file:{" "}
          <a className="underline hover:text-accent" href="/downloads/tracker.json">/downloads/tracker.json</a> (or{" "}
          <Code>/downloads/2022/tracker.json</Code> for one session). In CSV, a cell that begins with = + - or @ gets a
          leading apostrophe so a spreadsheet never runs it as a formula.
        </p>
        <DownloadTable exampleYear={2022} />
      </Section>
    </article>
  );
}
