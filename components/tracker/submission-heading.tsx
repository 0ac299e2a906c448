import { getLocale, getTranslations } from "next-intl/server";
import type { PublicSubmission } from "@/lib/data/public/submission-detail";
import { BodyBadge } from "@/components/tracker/body-badge";
import { Zh } from "@/components/ui/zh";
import { sessionHref } from "@/lib/format/links";
import { BODY_LABELS, termSessionEn, termSessionZh } from "@/lib/format/labels";
import { OtherLanguageTitle, SubmissionTitle } from "@/components/tracker/submission-title";
import { parseLocale } from "@/lib/i18n/locale";

type SubmissionT = Awaited<ReturnType<typeof getTranslations<"submission">>>;

/** "by an NPC deputy (代表)", "by 3 CPPCC members (委员)", "by a CPPCC party or group"; 由全国人大代表提出. */
function filedBy(submission: PublicSubmission, t: SubmissionT) {
  const label = BODY_LABELS[submission.body];
  const people = submission.submitters.filter((party) => party.type === "person").length;
  const values = {
    body: submission.body,
    bodyZh: submission.body === "NPC" ? "全国人大" : "全国政协",
    member: label.memberEn,
    members: label.memberEn === "deputy" ? "deputies" : "members",
    article: label.memberEn === "deputy" ? "an" : "a",
    memberZh: label.memberZh,
    count: people,
  };
  if (people === 0 && submission.submitters.length > 0) return t("filedByParty", values);
  return t.rich(people > 1 ? "filedByMany" : "filedByOne", { ...values, zh: (chunks) => <Zh>{chunks}</Zh> });
}

/**
 * Title block of a submission. Whether the English title is the submission's own words or our
 * short description is said in words, not only by quotation marks, because it changes how a
 * reader may quote it.
 */
export async function SubmissionHeading({ submission }: { submission: PublicSubmission }) {
  const [locale, t, ts] = await Promise.all([getLocale().then(parseLocale), getTranslations("submission"), getTranslations("site")]);
  const zhUi = locale === "zh";
  const label = BODY_LABELS[submission.body];
  const { session } = submission;
  const term = submission.body === "NPC" ? [session.npcTerm, session.npcSession] : [session.cppccTerm, session.cppccSession];
  const quoted = submission.titleIsQuote && submission.titleEn;
  return (
    <header className="grid gap-3">
      <nav aria-label={t("breadcrumb")} className="text-sm text-muted print:hidden">
        <ol className="flex flex-wrap gap-1">
          <li>
            <a href="/submissions" className="underline hover:text-ink">
              {ts("submissions")}
            </a>
            <span aria-hidden="true"> / </span>
          </li>
          <li>
            <a href={`/submissions?year=${session.year}`} className="underline hover:text-ink">
              {session.year}
            </a>
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <BodyBadge body={submission.body} showKind={false} />
        <span>
          {zhUi ? <Zh>{label.kindZh}</Zh> : <>{label.kindEn} <Zh>{label.kindZh}</Zh></>} {filedBy(submission, t)}
        </span>
        <span>
          <a href={sessionHref(session.year)} className="underline hover:text-ink">
            {t("sessionLink", { year: session.year })}
          </a>{" "}
          · {zhUi ? <Zh>{termSessionZh(submission.body, term[0], term[1])}</Zh> : termSessionEn(submission.body, term[0], term[1])}
        </span>
      </div>
      <h1 className="max-w-4xl text-2xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
        <SubmissionTitle submission={submission} locale={locale} />
      </h1>
      <OtherLanguageTitle submission={submission} locale={locale} as="p" className="text-xl text-ink/80" />
      <p className="text-sm text-muted">
        {quoted ? t("titleQuoted") : t("titleDescribed")}
      </p>
    </header>
  );
}
