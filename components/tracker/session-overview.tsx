import { getLocale, getTranslations } from "next-intl/server";
import type { BodyCounts, PublicSession } from "@/lib/data/public/sessions";
import { Zh } from "@/components/ui/zh";
import { formatDateRange, isoDate } from "@/lib/format/dates";
import { BODIES, termSessionEn, termSessionZh } from "@/lib/format/labels";
import { formatCount } from "@/lib/format/numbers";

interface SessionOverviewProps {
  session: PublicSession;
  counts: BodyCounts;
  /** "Latest session" on the home page, "Session" on /sessions/[year]. */
  eyebrow?: "latest" | "session";
}

function termOf(session: PublicSession, body: "NPC" | "CPPCC") {
  return body === "NPC"
    ? { term: session.npcTerm, number: session.npcSession }
    : { term: session.cppccTerm, number: session.cppccSession };
}

/** The home page's lead: which session, when, and what the tracker holds from each body. */
export async function SessionOverview({ session, counts, eyebrow = "latest" }: SessionOverviewProps) {
  const [t, tf, locale] = await Promise.all([getTranslations("session"), getTranslations("figures"), getLocale()]);
  return (
    <section aria-labelledby="session-heading" className="grid gap-8">
      <div className="grid gap-3">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t(eyebrow === "latest" ? "latestEyebrow" : "eyebrow")}</p>
        <h1 id="session-heading" className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          {t("title", { year: session.year })}
          {/* The Chinese title already says 两会. */}
          {locale !== "zh" && (
            <>
              {" "}
              <Zh className="text-accent">两会</Zh>
            </>
          )}
        </h1>
        <p className="text-lg text-muted">
          <time dateTime={isoDate(session.startsOn)}>{formatDateRange(session.startsOn, session.endsOn, locale)}</time>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {t("place")}
        </p>
        <p className="max-w-prose text-base leading-relaxed">{t("intro")}</p>
      </div>

      <dl className="grid gap-4 sm:grid-cols-2">
        {BODIES.map((body) => {
          const { term, number } = termOf(session, body);
          const handled = body === "NPC" ? session.officialNpcHandled : session.officialCppccHandled;
          const tone = body === "NPC" ? "border-t-npc" : "border-t-cppcc";
          return (
            <div key={body} className={`grid content-between gap-4 rounded-md border border-t-4 border-rule bg-card p-5 ${tone}`}>
              <dt className="grid content-start gap-0.5">
                <span className="font-semibold">{tf(body === "NPC" ? "cardNpc" : "cardCppcc")}</span>
                <span className="text-sm text-muted">
                  {locale !== "zh" && `${termSessionEn(body, term, number)} · `}
                  <Zh className="whitespace-nowrap">{termSessionZh(body, term, number)}</Zh>
                </span>
              </dt>
              <dd className="grid gap-2">
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="text-4xl font-bold tabular-nums">{formatCount(counts[body])}</span>
                  {/* Coverage beside the count, when the official figure for the year is known. */}
                  {handled !== null && (
                    <span className="text-sm leading-snug text-muted">
                      {tf("ofHandled", { count: formatCount(handled) })}
                    </span>
                  )}
                </p>
                <a
                  href={`/submissions?year=${session.year}&body=${body}`}
                  className="justify-self-start text-sm font-medium text-ink underline hover:text-accent"
                >
                  {tf(body === "NPC" ? "browseNpc" : "browseCppcc")}
                  <span className="sr-only">
                    {" "}
                    {tf("browseSr", { body, bodyZh: body === "NPC" ? "全国人大" : "全国政协", year: String(session.year) })}
                  </span>{" "}
                  →
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="-mt-4 text-sm text-muted">{t("countsNote")}</p>
    </section>
  );
}
