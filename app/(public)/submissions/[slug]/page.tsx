import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AngleList } from "@/components/tracker/angle-list";
import { CiteThis, CorrectionNotes } from "@/components/tracker/citation-block";
import { ReferralTable, ReplyList } from "@/components/tracker/referral-record";
import { PartyList } from "@/components/tracker/party-list";
import { SourceList } from "@/components/tracker/source-list";
import { SubmissionFacts } from "@/components/tracker/submission-facts";
import { SubmissionHeading } from "@/components/tracker/submission-heading";
import { SubmissionText } from "@/components/tracker/submission-text";
import { AlsoRaisedIn } from "@/components/tracker/repeat-chain";
import { getRepeatChain } from "@/lib/data/public/repeats";
import { PublicNotes, numberNotes } from "@/components/tracker/public-notes";
import { getPublishedSubmissionBySlug } from "@/lib/data/public/submission-detail";
import { BODY_LABELS, submissionTitle } from "@/lib/format/labels";
import { redirectFromOldSlugOrNotFound } from "@/lib/data/public/redirects";
import { submissionHref } from "@/lib/format/links";
import { pageMetadata, siteUrl } from "@/lib/seo";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [submission, t, tp, zh] = await Promise.all([
    params.then(({ slug }) => getPublishedSubmissionBySlug(slug)),
    getTranslations("meta"),
    getTranslations("pages"),
    getLocale().then((locale) => locale === "zh"),
  ]);
  if (!submission) return { title: t("submissionNotFound") };
  const label = BODY_LABELS[submission.body];
  const names = submission.submitters.map((party) => (zh ? party.nameZh || party.nameEn : party.nameEn)).join(tp("comma"));
  const fallback = t("submissionDescription", {
    kind: label.kindEn,
    kindZh: label.kindZh,
    year: String(submission.session.year),
    body: submission.body,
    bodyZh: submission.body === "NPC" ? "全国人大代表" : "全国政协委员",
    names: names || "none",
  });
  return pageMetadata({
    title: submissionTitle(submission, zh ? "zh" : "en").text,
    description: (zh ? submission.summaryZh : submission.summaryEn) ?? fallback,
    path: submissionHref(submission.slug),
    type: "article",
    modifiedTime: submission.lastUpdated,
  });
}

// A dynamic segment without generateStaticParams renders per request, so the build never reads
// the database for it; getPublishedSubmissionBySlug is cached per request for the metadata too.
export default async function SubmissionPage({ params }: { params: Params }) {
  const { slug } = await params;
  const [submission, t] = await Promise.all([getPublishedSubmissionBySlug(slug), getTranslations("submission")]);
  if (!submission) return redirectFromOldSlugOrNotFound("Submission", slug, submissionHref);
  const repeats = await getRepeatChain(submission.id);
  const permalink = new URL(submissionHref(submission.slug), siteUrl()).toString();
  const notes = numberNotes(submission);

  return (
    <article className="grid gap-10">
      <SubmissionHeading submission={submission} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14 print:block">
        <div className="grid content-start gap-10">
          <CorrectionNotes corrections={submission.corrections} />
          <AlsoRaisedIn items={repeats} />
          <SubmissionText submission={submission} notes={notes} />
          <ReferralTable referrals={submission.referrals} />
          <ReplyList referrals={submission.referrals} />
          <AngleList angles={submission.angles} />
          <PublicNotes notes={notes} />
          <SourceList sources={submission.sources} />
        </div>
        {/* First on phones: who filed it is the byline; beside the text from lg up. */}
        <aside
          aria-label={t("aboutRecord")}
          className="order-first grid content-start gap-8 border-b border-rule pb-8 lg:order-none lg:border-b-0 lg:border-l lg:pb-0 lg:pl-8 print:mt-10 print:border-t print:border-b-0 print:border-l-0 print:pt-6 print:pl-0"
        >
          <PartyList id="submitters-heading" heading={t("submittedBy")} parties={submission.submitters} />
          <PartyList id="cosigners-heading" heading={t("cosignedBy")} parties={submission.cosigners} />
          <SubmissionFacts submission={submission} />
          <CiteThis submission={submission} permalink={permalink} />
        </aside>
      </div>
    </article>
  );
}
