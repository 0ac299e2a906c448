import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { PageHeading } from "@/components/tracker/page-heading";
import { RankedLinks } from "@/components/tracker/ranked-links";
import { Section } from "@/components/tracker/section";
import { SourceList } from "@/components/tracker/source-list";
import { SubmissionList } from "@/components/tracker/submission-list";
import { YearChart } from "@/components/tracker/year-chart";
import { Zh } from "@/components/ui/zh";
import { redirectFromOldSlugOrNotFound } from "@/lib/data/public/redirects";
import { getPublishedTopicBySlug } from "@/lib/data/public/topics";
import { partyHref, topicHref } from "@/lib/format/links";
import { pageMetadata } from "@/lib/seo";
import { bilingualNameText } from "@/lib/format/labels";
import { parseLocale } from "@/lib/i18n/locale";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [topic, t, locale] = await Promise.all([params.then(({ slug }) => getPublishedTopicBySlug(slug)), getTranslations("pages"), getLocale()]);
  if (!topic) return { title: t("topicNotFound") };
  return pageMetadata({
    title: bilingualNameText(topic, parseLocale(locale)),
    description: t("topicDescription", { name: (locale === "zh" && topic.nameZh) || topic.nameEn.toLowerCase(), count: topic.submissions.length }),
    path: topicHref(topic.slug),
  });
}

export default async function TopicPage({ params }: { params: Params }) {
  const { slug } = await params;
  const [topic, t, tp] = await Promise.all([getPublishedTopicBySlug(slug), getTranslations("record"), getTranslations("pages")]);
  if (!topic) return redirectFromOldSlugOrNotFound("Topic", slug, topicHref);

  return (
    <article className="grid gap-10">
      <PageHeading eyebrow={t("topic")} title={<BilingualName nameEn={topic.nameEn} nameZh={topic.nameZh} />}>
        {topic.descriptionEn && <p>{topic.descriptionEn}</p>}
        {topic.descriptionZh && (
          <p>
            <Zh>{topic.descriptionZh}</Zh>
          </p>
        )}
      </PageHeading>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14">
        <div className="grid content-start gap-10">
          <Section id="submissions-heading" title={t("submissionsOverTime")} intro={tp("newestSessionFirst")}>
            <YearChart id="topic-years" title={tp("topicChart")} byYear={topic.byYear} />
            {topic.submissions.length > 0 ? (
              <SubmissionList items={topic.submissions} headingLevel="h3" />
            ) : (
              <p className="text-muted">{tp("noTopicSubmission")}</p>
            )}
          </Section>
          <SourceList sources={topic.sources} />
        </div>
        <aside aria-label={tp("whoRaisedIt")} className="order-first grid content-start gap-8 border-b border-rule pb-8 lg:order-none lg:border-b-0 lg:border-l lg:pb-0 lg:pl-8">
          <Section id="submitters-heading" variant="side" title={t("raisedBy")}>
            <RankedLinks
              label={tp("topicSubmitters")}
              empty={tp("noSubmitter")}
              unit={[tp("submissionUnit"), tp("submissionsUnit")]}
              items={topic.submitters.map((party) => ({
                key: `${party.type}-${party.slug}`,
                href: partyHref(party),
                nameEn: party.nameEn,
                nameZh: party.nameZh,
                count: party.count,
                order: party.type === "person" ? "zh-first" : "en-first",
              }))}
            />
          </Section>
        </aside>
      </div>
    </article>
  );
}
