import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AngleList } from "@/components/tracker/angle-list";
import { PartyList } from "@/components/tracker/party-list";
import { SourceList } from "@/components/tracker/source-list";
import { SubmissionFacts } from "@/components/tracker/submission-facts";
import { SubmissionHeading } from "@/components/tracker/submission-heading";
import { SubmissionText } from "@/components/tracker/submission-text";
import { getPublishedSubmissionBySlug } from "@/lib/data/public/submission-detail";
import { BODY_LABELS, submissionDisplayTitle } from "@/lib/format/labels";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const submission = await getPublishedSubmissionBySlug((await params).slug);
  if (!submission) return { title: "Submission not found" };
  const label = BODY_LABELS[submission.body];
  const names = submission.submitters.map((party) => party.nameEn).join(", ");
  const fallback = `${label.kindEn} (${label.kindZh}) to the ${submission.session.year} ${submission.body}${names ? ` by ${names}` : ""}, with sources and reporters' angles.`;
  return {
    title: submissionDisplayTitle(submission),
    description: submission.summaryEn ?? fallback,
  };
}

// A dynamic segment without generateStaticParams renders per request, so the build never reads
// the database for it; getPublishedSubmissionBySlug is cached per request for the metadata too.
export default async function SubmissionPage({ params }: { params: Params }) {
  const submission = await getPublishedSubmissionBySlug((await params).slug);
  if (!submission) notFound();

  return (
    <article className="grid gap-10">
      <SubmissionHeading submission={submission} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14">
        <div className="grid content-start gap-10">
          <SubmissionText submission={submission} />
          <AngleList angles={submission.angles} />
          <SourceList sources={submission.sources} />
        </div>
        {/* First on phones: who filed it is the byline; beside the text from lg up. */}
        <aside
          aria-label="Who filed it"
          className="order-first grid content-start gap-8 border-b border-rule pb-8 lg:order-none lg:border-b-0 lg:border-l lg:pb-0 lg:pl-8"
        >
          <PartyList id="submitters-heading" heading="Submitted by" parties={submission.submitters} />
          <PartyList id="cosigners-heading" heading="Co-signed by" parties={submission.cosigners} />
          <SubmissionFacts submission={submission} />
        </aside>
      </div>
    </article>
  );
}
