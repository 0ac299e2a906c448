import { getTranslations } from "next-intl/server";
import type { PublicSubmission } from "@/lib/data/public/submission-detail";
import { TextBlock } from "@/components/tracker/text-block";

/** Summary and full text, in English and Chinese where we have them; says so when we do not. */
export async function SubmissionText({ submission }: { submission: PublicSubmission }) {
  const t = await getTranslations("submission");
  const { summaryEn, summaryZh, fullTextEn, fullTextZh } = submission;
  const hasSummary = Boolean(summaryEn || summaryZh);
  const hasFullText = Boolean(fullTextEn || fullTextZh);
  if (!hasSummary && !hasFullText) {
    return (
      <p className="max-w-prose rounded-md border border-rule bg-card p-4 text-sm text-muted">
        We have not published a summary or the text of this submission. What we know of it comes from the sources
        below.
      </p>
    );
  }
  return (
    <div className="grid gap-10">
      {hasSummary && (
        <section aria-labelledby="summary-heading" className="grid gap-3">
          <h2 id="summary-heading" className="text-2xl font-bold">
            {t("summary")}
          </h2>
          {summaryEn && <TextBlock text={summaryEn} />}
          {summaryZh && <TextBlock text={summaryZh} lang="zh" />}
        </section>
      )}
      {hasFullText && (
        <section aria-labelledby="fulltext-heading" className="grid gap-3">
          <h2 id="fulltext-heading" className="text-2xl font-bold">
            {t("fullText")}
          </h2>
          {fullTextEn && <TextBlock text={fullTextEn} />}
          {fullTextZh && <TextBlock text={fullTextZh} lang="zh" />}
        </section>
      )}
    </div>
  );
}
