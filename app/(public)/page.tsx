import Link from "next/link";
import { connection } from "next/server";
import { EarlierSessions } from "@/components/tracker/earlier-sessions";
import { EmptyState } from "@/components/tracker/empty-state";
import { SessionOverview } from "@/components/tracker/session-overview";
import { SubmissionList } from "@/components/tracker/submission-list";
import { countSubmissionsByBody, getLatestSession, listPublishedSessionYears } from "@/lib/data/public/sessions";
import { listLatestSubmissions } from "@/lib/data/public/submissions";

const LATEST_COUNT = 6;

export default async function HomePage() {
  // Read the database per request, never at build time (the build must not open the data dir).
  await connection();
  const [session, years] = await Promise.all([getLatestSession(), listPublishedSessionYears()]);
  if (!session) {
    return (
      <EmptyState title="Two Sessions Tracker" headingLevel="h1">
        Nothing has been published yet. Check back during the next session.
      </EmptyState>
    );
  }

  const [counts, latest] = await Promise.all([
    countSubmissionsByBody(session.id),
    listLatestSubmissions(session.id, LATEST_COUNT),
  ]);
  const total = counts.NPC + counts.CPPCC;

  return (
    <div className="grid gap-12">
      <SessionOverview session={session} counts={counts} />

      <section aria-labelledby="latest-heading" className="grid gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-heading" className="text-2xl font-bold">
            Latest submissions
          </h2>
          {total > 0 && (
            <Link href={`/submissions?year=${session.year}`} className="text-sm font-medium underline hover:text-accent">
              All {total} from {session.year} →
            </Link>
          )}
        </div>
        {latest.length > 0 ? (
          <SubmissionList items={latest} headingLevel="h3" />
        ) : (
          <p className="text-muted">No submissions from this session have been published yet.</p>
        )}
      </section>

      <EarlierSessions sessions={years.filter((year) => year.year < session.year)} />
    </div>
  );
}
