import { getTranslations } from "next-intl/server";
import type { PublicSubmission } from "@/lib/data/public/submission-detail";
import { TopicList } from "@/components/tracker/topic-list";
import { LocalDate } from "@/components/tracker/local-date";

/** The sidebar's record facts: number, text provenance, topics, last update. */
export async function SubmissionFacts({ submission }: { submission: PublicSubmission }) {
  const [t, tl] = await Promise.all([getTranslations("facts"), getTranslations("labels")]);
  return (
    <section aria-labelledby="facts-heading" className="grid gap-3">
      <h2 id="facts-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        {t("record")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted">{t("officialNumber")}</dt>
        <dd>{submission.officialNumber ?? t("notKnown")}</dd>
        <dt className="text-muted">{t("textFrom")}</dt>
        <dd>{tl(`provenance.${submission.textProvenance}`)}</dd>
        <dt className="text-muted">{t("lastUpdated")}</dt>
        <dd>
          <LocalDate date={submission.lastUpdated} instant />
        </dd>
      </dl>
      {submission.topics.length > 0 && (
        <div className="grid gap-2 pt-2">
          <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t("topics")}</h3>
          <TopicList topics={submission.topics} />
        </div>
      )}
    </section>
  );
}
