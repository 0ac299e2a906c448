import type { PublicSubmission } from "@/lib/data/public/submission-detail";
import { TopicList } from "@/components/tracker/topic-list";
import { formatDate, isoDate } from "@/lib/format/dates";
import { PROVENANCE_LABELS } from "@/lib/format/labels";

/** The sidebar's record facts: number, text provenance, topics, last update. */
export function SubmissionFacts({ submission }: { submission: PublicSubmission }) {
  return (
    <section aria-labelledby="facts-heading" className="grid gap-3">
      <h2 id="facts-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        Record
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted">Official number</dt>
        <dd>{submission.officialNumber ?? "Not known"}</dd>
        <dt className="text-muted">Text from</dt>
        <dd>{PROVENANCE_LABELS[submission.textProvenance]}</dd>
        <dt className="text-muted">Last updated</dt>
        <dd>
          <time dateTime={submission.lastUpdated.toISOString()}>{formatDate(submission.lastUpdated)}</time>
        </dd>
      </dl>
      {submission.topics.length > 0 && (
        <div className="grid gap-2 pt-2">
          <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">Topics</h3>
          <TopicList topics={submission.topics} />
        </div>
      )}
    </section>
  );
}
