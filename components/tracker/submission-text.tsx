import { getTranslations } from "next-intl/server";
import type { PublicSubmission } from "@/lib/data/public/submission-detail";
import { TextBlock } from "@/components/tracker/text-block";
import { AnnotatedText } from "@/components/tracker/annotated-text";
import type { NumberedNote } from "@/components/tracker/public-notes";

/**
 * Summary and full text, in English and Chinese where we have them; says so when we do not. The
 * full text carries the passages of approved public notes (numbered as in PublicNotes).
 */
export async function SubmissionText({ submission, notes = [] }: { submission: PublicSubmission; notes?: NumberedNote[] }) {
  const [t, tn] = await Promise.all([getTranslations("submission"), getTranslations("notes")]);
  const refLabel = (n: number) => tn("noteRef", { n });
  const on = (field: string) => notes.filter((note) => note.field === field && !note.reply);
  const { summaryEn, summaryZh, fullTextEn, fullTextZh } = submission;
  const hasSummary = Boolean(summaryEn || summaryZh);
  const hasFullText = Boolean(fullTextEn || fullTextZh);
  if (!hasSummary && !hasFullText) {
    return (
      <p className="max-w-prose rounded-md border border-rule bg-card p-4 text-sm text-muted">
        {t("noText")}
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
          {fullTextEn && <AnnotatedText text={fullTextEn} notes={on("fullTextEn")} refLabel={refLabel} />}
          {fullTextZh && <AnnotatedText text={fullTextZh} notes={on("fullTextZh")} lang="zh" refLabel={refLabel} />}
        </section>
      )}
    </div>
  );
}
