import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Section } from "@/components/tracker/section";
import { Zh } from "@/components/ui/zh";
import { listSessionCoverage } from "@/lib/data/public/sessions";
import { ANGLE_KIND_LABELS, ANGLE_STRENGTH_LABELS, REFERRAL_ROLE_LABELS, RESULT_LABELS } from "@/lib/format/labels";
import { sessionHref } from "@/lib/format/links";
import { formatCount } from "@/lib/format/numbers";
import { formatShare } from "@/lib/format/percent";
import { pageMetadata } from "@/lib/seo";
import { RESULT_CLASSES } from "@/lib/stats/replies";

export const metadata: Metadata = pageMetadata({
  title: "About the tracker and its method",
  description:
    "How the Two Sessions Tracker works: what it records, what result classes A–D and angle strengths mean, and how much of each session it covers.",
  path: "/about",
});

const strengthText = {
  DIRECT: "The submission asks for something that plainly benefits the submitter's business or repeats Beijing's stated line.",
  INDIRECT: "The benefit or the echo is there, but through the sector or a policy that also helps many others.",
  NONE: "We looked and found no link; recorded so that an absence is a finding, not a gap.",
} as const;

function coverage(count: number, official: number | null): string {
  if (official === null) return `${formatCount(count)} published; official total not recorded`;
  return `${formatCount(count)} of ${formatCount(official)} (${formatShare(official > 0 ? count / official : null)})`;
}

export default async function AboutPage() {
  await connection();
  const sessions = await listSessionCoverage();
  return (
    <article className="grid max-w-3xl gap-10">
      <header className="grid gap-3">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Method</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">About the Two Sessions Tracker</h1>
        <p className="text-muted">
          Every March the National People&apos;s Congress (NPC, <Zh>全国人民代表大会</Zh>) and the Chinese People&apos;s Political
          Consultative Conference (CPPCC, <Zh>中国人民政治协商会议</Zh>) meet in Beijing. NPC deputies file suggestions (
          <Zh>建议</Zh>); CPPCC members file proposals (<Zh>提案</Zh>). Many members run companies, and nothing stops them
          proposing what benefits their business. We record what they ask for, where it goes, how ministries reply, and
          whose interests it serves.
        </p>
      </header>

      <Section id="method-heading" title="What we record and how">
        <ul className="grid list-disc gap-2 pl-6">
          <li>Every fact shown to the public cites at least one source, listed on its page.</li>
          <li>Reporters draft records; an editor reviews and publishes them. Mistakes are fixed with a dated public correction note.</li>
          <li>
            A submission is referred to ministries as {Object.values(REFERRAL_ROLE_LABELS).map((role, index) => (
              <span key={role.en}>
                {index > 0 && (index === 2 ? " or " : ", ")}
                {role.en.toLowerCase()} (<Zh>{role.zh}</Zh>)
              </span>
            ))}{" "}
            handler. A reply is due within three months of referral, six for complex items; a ministry&apos;s page counts
            days late from that due date.
          </li>
          <li>Reply times are whole days from referral to the first published reply; we give the median and the 90th percentile (nearest rank).</li>
        </ul>
      </Section>

      <Section id="results-heading" title="Result classes of replies">
        <p className="text-sm text-muted">Ministries class each reply by its result. We show the class the ministry gave.</p>
        <dl className="grid gap-3">
          {RESULT_CLASSES.map((result) => (
            <div key={result} className="grid grid-cols-[2.5rem_1fr] items-baseline gap-2">
              <dt className="text-2xl font-bold">{result}</dt>
              <dd>
                {RESULT_LABELS[result].en} · <Zh>{RESULT_LABELS[result].zh}</Zh>
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="angles-heading" title="Angles and their strength">
        <p>
          An angle is a reporter&apos;s assessment of how a submission lines up with interests. A{" "}
          <strong>{ANGLE_KIND_LABELS.BUSINESS_INTEREST.en.toLowerCase()}</strong> angle shows how it lines up with the
          submitter&apos;s own business; a <strong>{ANGLE_KIND_LABELS.POLICY_ECHO.en.toLowerCase()}</strong> angle shows how it
          echoes a line Beijing already favours. Each is reviewed by an editor, cites evidence and gives the company or
          submitter a right of reply.
        </p>
        <dl className="grid gap-3">
          {(["DIRECT", "INDIRECT", "NONE"] as const).map((strength) => (
            <div key={strength} className="grid gap-0.5">
              <dt className="font-semibold">{ANGLE_STRENGTH_LABELS[strength]}</dt>
              <dd className="text-muted">{strengthText[strength]}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="coverage-heading" title="Coverage" intro="Published submissions against the items State Council departments report having handled that year.">
        {sessions.length === 0 ? (
          <p className="text-muted">No session has been published yet.</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label="Coverage table" tabIndex={0}>
            <table className="w-full min-w-[30rem] border-collapse text-left text-sm tabular-nums">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">Session</th>
                  <th scope="col" className="py-2 pr-4">NPC suggestions</th>
                  <th scope="col" className="py-2 pr-4">CPPCC proposals</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <tr key={session.year} className="border-b border-rule">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link href={sessionHref(session.year)} className="underline hover:text-accent">
                        {session.year}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">{coverage(session.counts.NPC, session.officialNpcHandled)}</td>
                    <td className="py-2 pr-4">{coverage(session.counts.CPPCC, session.officialCppccHandled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm text-muted">
          The tracker follows chosen members, not every filing: thousands are filed each year (in 2023 State Council departments
          handled 7,955 NPC suggestions and 4,525 CPPCC proposals).
        </p>
      </Section>

      <Section id="data-heading" title="Use the data">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/downloads/tracker.json" className="underline hover:text-accent">Download everything</Link> as JSON, or{" "}
            <Link href="/api#downloads" className="underline hover:text-accent">each table as CSV or JSON</Link>, whole or per session.
          </li>
          <li>
            Follow new <Link href="/feeds/submissions.atom" className="underline hover:text-accent">submissions</Link> and{" "}
            <Link href="/feeds/replies.atom" className="underline hover:text-accent">replies</Link> by feed (Atom; RSS too).
          </li>
          <li>
            Query the <Link href="/api" className="underline hover:text-accent">read-only JSON API</Link>, described by its{" "}
            <Link href="/api/v1/openapi.json" className="underline hover:text-accent">OpenAPI document</Link>.
          </li>
        </ul>
      </Section>
    </article>
  );
}
