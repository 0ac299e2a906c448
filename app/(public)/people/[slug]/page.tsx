import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { PageHeading } from "@/components/tracker/page-heading";
import { AffiliationList, MembershipTimeline } from "@/components/tracker/person-record";
import { RankedLinks } from "@/components/tracker/ranked-links";
import { Section } from "@/components/tracker/section";
import { SourceList } from "@/components/tracker/source-list";
import { StrengthCounts } from "@/components/tracker/strength-counts";
import { DirectShare } from "@/components/tracker/direct-share";
import { SubmissionsByStrength } from "@/components/tracker/submissions-by-strength";
import { YearChart } from "@/components/tracker/year-chart";
import { Zh } from "@/components/ui/zh";
import { RepeatedMatters } from "@/components/tracker/repeat-chain";
import { getPublishedPersonBySlug } from "@/lib/data/public/people";
import { getRepeatChains } from "@/lib/data/public/repeats";
import { redirectFromOldSlugOrNotFound } from "@/lib/data/public/redirects";
import { personHref, topicHref } from "@/lib/format/links";
import { pageMetadata } from "@/lib/seo";
import { bilingualName, bilingualNameText } from "@/lib/format/labels";
import { parseLocale } from "@/lib/i18n/locale";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [person, t, locale] = await Promise.all([
    params.then(({ slug }) => getPublishedPersonBySlug(slug)),
    getTranslations("meta"),
    getLocale(),
  ]);
  if (!person) return { title: t("personNotFound") };
  const lang = parseLocale(locale);
  return pageMetadata({
    title: bilingualNameText(person, lang),
    description: t("personDescription", { name: bilingualName(person, lang).first.text, count: person.submissions.length }),
    path: personHref(person.slug),
    type: "profile",
  });
}

export default async function PersonPage({ params }: { params: Params }) {
  const { slug } = await params;
  const [person, t, ta, tp, tpg] = await Promise.all([
    getPublishedPersonBySlug(slug),
    getTranslations("record"),
    getTranslations("angles"),
    getTranslations("profile"),
    getTranslations("pages"),
  ]);
  if (!person) return redirectFromOldSlugOrNotFound("Person", slug, personHref);
  const repeatedMatters = await getRepeatChains(person.submissions.map((item) => item.id));

  const otherNames = [person.pinyin && person.pinyin !== person.nameEn ? `pinyin ${person.pinyin}` : null, ...person.aliases].filter(Boolean);
  return (
    <article className="grid gap-10">
      <PageHeading eyebrow={t("person")} title={<BilingualName nameEn={person.nameEn} nameZh={person.nameZh} order="zh-first" />}>
        {otherNames.length > 0 && <p>{t("alsoKnownAs", { names: otherNames.join(", ") })}</p>}
        {person.bioEn && <p>{person.bioEn}</p>}
        {person.bioZh && (
          <p>
            <Zh>{person.bioZh}</Zh>
          </p>
        )}
      </PageHeading>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14">
        <div className="grid content-start gap-10">
          <Section id="submissions-heading" title={t("submissions")} intro={tp("personSubmissionsIntro")}>
            <YearChart id="person-years" title={tp("yearChart")} byYear={person.byYear} />
            {person.submissions.length > 0 ? (
              <div className="grid gap-3">
                <p className="text-sm text-muted">{ta("byStrengthIntro")}</p>
                <SubmissionsByStrength submissions={person.submissions} />
              </div>
            ) : (
              <p className="text-muted">{tp("personNoSubmission")}</p>
            )}
          </Section>
          <RepeatedMatters chains={repeatedMatters} />
          <SourceList sources={person.sources} />
        </div>
        <aside aria-label={tp("aboutPerson")} className="order-first grid content-start gap-8 border-b border-rule pb-8 lg:order-none lg:border-b-0 lg:border-l lg:pb-0 lg:pl-8">
          <Section id="memberships-heading" variant="side" title={t("seats")}>
            <MembershipTimeline memberships={person.memberships} />
          </Section>
          <Section id="affiliations-heading" variant="side" title={t("roles")}>
            <AffiliationList affiliations={person.affiliations} />
          </Section>
          <Section id="strengths-heading" variant="side" title={t("angleStrengths")} intro={tp("personStrengthsIntro")}>
            <StrengthCounts counts={person.angleStrengths} />
            <DirectShare counts={person.angleStrengths} />
          </Section>
          <Section id="topics-heading" variant="side" title={t("topicsTheyReturnTo")}>
            <RankedLinks
              label={tp("personTopics")}
              empty={tp("noTopic")}
              unit={[tpg("submissionUnit"), tpg("submissionsUnit")]}
              items={person.topics.map((topic) => ({ key: topic.slug, href: topicHref(topic.slug), ...topic }))}
            />
          </Section>
        </aside>
      </div>
    </article>
  );
}
