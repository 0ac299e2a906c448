import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { EarlierSessions } from "@/components/tracker/earlier-sessions";
import { EmptyState } from "@/components/tracker/empty-state";
import { SessionComparison, SessionGlance } from "@/components/tracker/session-glance";
import { SessionOverview } from "@/components/tracker/session-overview";
import { SubmissionList } from "@/components/tracker/submission-list";
import { getSessionOverview } from "@/lib/data/public/session-overview";
import { listPublishedSessionYears } from "@/lib/data/public/sessions";
import { listLatestSubmissions } from "@/lib/data/public/submissions";
import { pageMetadata } from "@/lib/seo";

const LATEST_COUNT = 6;

export async function generateMetadata(): Promise<Metadata> {
  const [t, tm] = await Promise.all([getTranslations("pages"), getTranslations("meta")]);
  // The home page is the site: its title is the site's name alone, not "name · name".
  return pageMetadata({ title: tm("homeTitle"), description: t("homeDescription"), path: "/", absoluteTitle: true });
}

export default async function HomePage() {
  // Read the database per request, never at build time (the build must not open the data dir).
  await connection();
  const [years, t, tp] = await Promise.all([listPublishedSessionYears(), getTranslations("session"), getTranslations("pages")]);
  const overview = years.length > 0 ? await getSessionOverview(years[0].year) : null;
  if (!overview) {
    return (
      <EmptyState title={tp("homeEmptyTitle")} headingLevel="h1">
        {tp("homeEmpty")}
      </EmptyState>
    );
  }
  const { session, figures } = overview;
  const latest = await listLatestSubmissions(session.id, LATEST_COUNT);

  return (
    <div className="grid gap-12">
      <SessionOverview session={session} counts={figures.counts} />

      <section aria-labelledby="latest-heading" className="grid gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-heading" className="text-2xl font-bold">
            {t("latestSubmissions")}
          </h2>
          {figures.total > 0 && (
            <a href={`/submissions?year=${session.year}`} className="text-sm font-medium underline hover:text-accent">
              {t("allFrom", { count: figures.total, year: session.year })}
            </a>
          )}
        </div>
        {latest.length > 0 ? (
          <SubmissionList items={latest} headingLevel="h3" />
        ) : (
          <p className="text-muted">{tp("noSessionSubmissions")}</p>
        )}
      </section>

      <SessionGlance data={overview} />
      <SessionComparison data={overview} />
      <EarlierSessions sessions={years.filter((year) => year.year < session.year)} />
    </div>
  );
}
