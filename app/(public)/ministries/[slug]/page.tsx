import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { bilingualName, bilingualNameText } from "@/lib/format/labels";
import { parseLocale } from "@/lib/i18n/locale";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [ministry, t, locale] = await Promise.all([params.then(({ slug }) => getPublishedMinistryBySlug(slug)), getTranslations("pages"), getLocale()]);
  if (!ministry) return { title: t("ministryNotFound") };
  const { received, replyRate } = ministry.statistics;
  const lang = parseLocale(locale);
  return pageMetadata({
    title: bilingualNameText(ministry, lang),
    description: t("ministryDescription", { name: bilingualName(ministry, lang).first.text, received, rate: formatShare(replyRate) }),
    path: ministryHref(ministry.slug),
  });
}

export default async function MinistryPage({ params }: { params: Params }) {
  const { slug } = await params;
  const [ministry, t, tp] = await Promise.all([getPublishedMinistryBySlug(slug), getTranslations("record"), getTranslations("pages")]);
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
        <p>{tp.rich("ministryIntro", { zh: (chunks) => <Zh>{chunks}</Zh> })}</p>
      </PageHeading>

      <Section id="record-heading" title={t("replyRecord")} intro={tp("recordIntro")}>
        {ministry.statistics.received === 0 ? (
          <p className="text-muted">{tp("noReferral")}</p>
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
          <Section id="overdue-heading" title={t("overdue")} intro={tp("overdueIntro")}>
            {ministry.overdue.length === 0 ? (
              <p className="text-muted">{tp("nothingOverdue")}</p>
            ) : (
              <MinistryReferralTable referrals={ministry.overdue} caption={tp("overdueCaption")} />
            )}
          </Section>
          <Section id="referrals-heading" title={t("allReferrals")} intro={tp("newestFirst")}>
            <MinistryReferralTable referrals={ministry.referrals} caption={tp("receivedCaption")} />
          </Section>
        </>
      )}
      <SourceList sources={ministry.sources} />
    </article>
  );
}
