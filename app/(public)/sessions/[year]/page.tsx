import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionComparison, SessionGlance } from "@/components/tracker/session-glance";
import { SessionOverview } from "@/components/tracker/session-overview";
import { DirectShare } from "@/components/tracker/direct-share";
import { Section } from "@/components/tracker/section";
import { SessionSilences } from "@/components/tracker/silence-list";
import { listSessionSilences } from "@/lib/data/public/silences";
import { getSessionOverview } from "@/lib/data/public/session-overview";
import { parseYear } from "@/lib/data/public/submission-filters";
import { sessionHref } from "@/lib/format/links";
import { pageMetadata } from "@/lib/seo";

type Params = Promise<{ year: string }>;

async function load(params: Params) {
  const year = parseYear((await params).year);
  return year ? getSessionOverview(year) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [overview, t] = await Promise.all([load(params), getTranslations("meta")]);
  if (!overview) return { title: t("sessionNotFound") };
  const { year } = overview.session;
  return pageMetadata({
    title: t("sessionTitle", { year: String(year) }),
    description: t("sessionDescription", {
      year: String(year),
      total: overview.figures.total,
      previous: overview.previous ? String(overview.previous.session.year) : "none",
    }),
    path: sessionHref(year),
  });
}

export default async function SessionPage({ params }: { params: Params }) {
  const [overview, t, ta] = await Promise.all([load(params), getTranslations("session"), getTranslations("angles")]);
  if (!overview) notFound();
  const silences = await listSessionSilences(overview.session.year);
  const { session, figures } = overview;
  return (
    <div className="grid gap-12">
      <SessionOverview session={session} counts={figures.counts} eyebrow="session" />
      {(session.notesEn || session.notesZh) && (
        <div className="-mt-6 grid max-w-prose gap-1 text-sm text-muted">
          {session.notesEn && <p>{session.notesEn}</p>}
          {session.notesZh && <p lang="zh-Hans">{session.notesZh}</p>}
        </div>
      )}
      <p>
        <a href={`/submissions?year=${session.year}`} className="font-semibold underline hover:text-accent">
          {t("allPublished", { count: figures.total, year: session.year })}
        </a>
      </p>
      <SessionComparison data={overview} />
      <SessionGlance data={overview} />
      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="direct-share-heading" title={ta("directShareTitle")}>
          <DirectShare counts={figures.angles} />
        </Section>
        <SessionSilences silences={silences} />
      </div>
    </div>
  );
}
