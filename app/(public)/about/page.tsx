import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Section } from "@/components/tracker/section";
import { Zh } from "@/components/ui/zh";
import { listSessionCoverage } from "@/lib/data/public/sessions";
import { RESULT_LABELS } from "@/lib/format/labels";
import { sessionHref } from "@/lib/format/links";
import { formatCount } from "@/lib/format/numbers";
import { formatShare } from "@/lib/format/percent";
import { pageMetadata } from "@/lib/seo";
import { RESULT_CLASSES } from "@/lib/stats/replies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("about");
  return pageMetadata({ title: t("metaTitle"), description: t("description"), path: "/about" });
}

const linkClass = "underline hover:text-accent";

export default async function AboutPage() {
  await connection();
  const [sessions, t, tl, locale] = await Promise.all([listSessionCoverage(), getTranslations("about"), getTranslations("labels"), getLocale()]);
  const zh = locale === "zh";
  const rich = {
    zh: (chunks: ReactNode) => <Zh>{chunks}</Zh>,
    strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  };
  const link = (href: string) => (chunks: ReactNode) => (
    <a href={href} className={linkClass}>
      {chunks}
    </a>
  );
  const coverage = (count: number, official: number | null) =>
    official === null
      ? t("coverageUnknown", { count: formatCount(count) })
      : t("coverageOf", { count: formatCount(count), official: formatCount(official), share: formatShare(official > 0 ? count / official : null) });
  return (
    <article className="grid max-w-3xl gap-10">
      <header className="grid gap-3">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t("eyebrow")}</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-muted">{t.rich("intro", rich)}</p>
      </header>

      <Section id="method-heading" title={t("methodTitle")}>
        <ul className="grid list-disc gap-2 pl-6">
          <li>{t("method1")}</li>
          <li>{t("method2")}</li>
          <li>{t.rich("method3", rich)}</li>
          <li>{t("method4")}</li>
        </ul>
      </Section>

      <Section id="results-heading" title={t("resultsTitle")}>
        <p className="text-sm text-muted">{t("resultsIntro")}</p>
        <dl className="grid gap-3">
          {RESULT_CLASSES.map((result) => (
            <div key={result} className="grid grid-cols-[2.5rem_1fr] items-baseline gap-2">
              <dt className="text-2xl font-bold">{result}</dt>
              <dd>
                {zh ? (
                  <Zh>{RESULT_LABELS[result].zh}</Zh>
                ) : (
                  <>
                    {RESULT_LABELS[result].en} · <Zh>{RESULT_LABELS[result].zh}</Zh>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="angles-heading" title={t("anglesTitle")}>
        <p>{t.rich("anglesText", rich)}</p>
        <dl className="grid gap-3">
          {(["DIRECT", "INDIRECT", "NONE"] as const).map((strength) => (
            <div key={strength} className="grid gap-0.5">
              <dt className="font-semibold">{tl(`strength.${strength}`)}</dt>
              <dd className="text-muted">{t(`strength${strength}`)}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="coverage-heading" title={t("coverageTitle")} intro={t("coverageIntro")}>
        {sessions.length === 0 ? (
          <p className="text-muted">{t("noSession")}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label={t("coverageTable")} tabIndex={0}>
            <table className="w-full min-w-[30rem] border-collapse text-left text-sm tabular-nums">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">{t("session")}</th>
                  <th scope="col" className="py-2 pr-4">{t("npc")}</th>
                  <th scope="col" className="py-2 pr-4">{t("cppcc")}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <tr key={session.year} className="border-b border-rule">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <a href={sessionHref(session.year)} className={linkClass}>
                        {session.year}
                      </a>
                    </th>
                    <td className="py-2 pr-4">{coverage(session.counts.NPC, session.officialNpcHandled)}</td>
                    <td className="py-2 pr-4">{coverage(session.counts.CPPCC, session.officialCppccHandled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm text-muted">{t("coverageNote")}</p>
      </Section>

      <Section id="data-heading" title={t("dataTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.rich("data1", { all: link("/downloads/tracker.json"), tables: link("/api#downloads") })}</li>
          <li>{t.rich("data2", { subs: link("/feeds/submissions.atom"), replies: link("/feeds/replies.atom") })}</li>
          <li>{t.rich("data3", { api: link("/api"), openapi: link("/api/v1/openapi.json") })}</li>
        </ul>
      </Section>
    </article>
  );
}
