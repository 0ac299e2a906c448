import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { MinistryFigures, MinistryReferralTable, ReplyTimeChart, ResultMixChart } from "@/components/tracker/ministry-record";
import { PageHeading } from "@/components/tracker/page-heading";
import { Section } from "@/components/tracker/section";
import { SourceList } from "@/components/tracker/source-list";
import { Zh } from "@/components/ui/zh";
import { getPublishedMinistryBySlug } from "@/lib/data/public/ministries";
import { redirectFromOldSlugOrNotFound } from "@/lib/data/public/redirects";
import { ministryHref } from "@/lib/format/links";
import { formatShare } from "@/lib/format/percent";
import { pageMetadata } from "@/lib/seo";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ministry = await getPublishedMinistryBySlug((await params).slug);
  if (!ministry) return { title: "Ministry not found" };
  const { received, replyRate } = ministry.statistics;
  return pageMetadata({
    title: ministry.nameZh ? `${ministry.nameEn} ${ministry.nameZh}` : ministry.nameEn,
    description: `${ministry.nameEn}: ${received} two-sessions submission${received === 1 ? "" : "s"} referred to it, reply rate ${formatShare(replyRate)}, reply times, overdue items and result classes.`,
    path: ministryHref(ministry.slug),
  });
}

export default async function MinistryPage({ params }: { params: Params }) {
  const { slug } = await params;
  const [ministry, t] = await Promise.all([getPublishedMinistryBySlug(slug), getTranslations("record")]);
  if (!ministry) return redirectFromOldSlugOrNotFound("Organization", slug, ministryHref);

  return (
    <article className="grid gap-10">
      <PageHeading eyebrow={t("ministry")} title={<BilingualName nameEn={ministry.nameEn} nameZh={ministry.nameZh} />}>
        {ministry.aliases.length > 0 && <p>{t("alsoKnownAs", { names: ministry.aliases.join(", ") })}</p>}
        {ministry.descriptionEn && <p>{ministry.descriptionEn}</p>}
        {ministry.descriptionZh && (
          <p>
            <Zh>{ministry.descriptionZh}</Zh>
          </p>
        )}
        <p>
          Submissions are referred to a ministry as lead (<Zh>主办</Zh>), joint (<Zh>会办/协办</Zh>) or for reference (
          <Zh>参阅</Zh>) handler. A reply is due within three months of referral, six for complex items.
        </p>
      </PageHeading>

      <Section id="record-heading" title={t("replyRecord")} intro="Counted over the referrals we have published, as of today.">
        {ministry.statistics.received === 0 ? (
          <p className="text-muted">No referral to this ministry has been published yet.</p>
        ) : (
          <MinistryFigures ministry={ministry} />
        )}
      </Section>

      {ministry.statistics.received > 0 && (
        <>
          <div className="grid gap-10 lg:grid-cols-2">
            <ResultMixChart ministry={ministry} />
            <ReplyTimeChart ministry={ministry} />
          </div>
          <Section id="overdue-heading" title={t("overdue")} intro="Referrals past their due date with no published reply, most overdue first.">
            {ministry.overdue.length === 0 ? (
              <p className="text-muted">Nothing is overdue.</p>
            ) : (
              <MinistryReferralTable referrals={ministry.overdue} caption="Overdue referrals" />
            )}
          </Section>
          <Section id="referrals-heading" title={t("allReferrals")} intro="Newest first.">
            <MinistryReferralTable referrals={ministry.referrals} caption="Referrals received" />
          </Section>
        </>
      )}
      <SourceList sources={ministry.sources} />
    </article>
  );
}
