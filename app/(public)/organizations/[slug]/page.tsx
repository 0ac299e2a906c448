import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { OrganizationPeople, InterestList, OrganizationSubmissions } from "@/components/tracker/organization-record";
import { InterestTouches } from "@/components/tracker/interest-touches";
import { PageHeading } from "@/components/tracker/page-heading";
import { OrganizationSilenceList } from "@/components/tracker/silence-list";
import { Section } from "@/components/tracker/section";
import { SourceList } from "@/components/tracker/source-list";
import { YearChart } from "@/components/tracker/year-chart";
import { Zh } from "@/components/ui/zh";
import { getPublishedOrganizationBySlug } from "@/lib/data/public/organizations";
import { redirectFromOldSlugOrNotFound } from "@/lib/data/public/redirects";
import { listOrganizationSilences } from "@/lib/data/public/silences";
import { ministryHref, organizationHref } from "@/lib/format/links";
import { pageMetadata } from "@/lib/seo";
import { bilingualName, bilingualNameText } from "@/lib/format/labels";
import { parseLocale } from "@/lib/i18n/locale";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [organization, t, locale] = await Promise.all([
    params.then(({ slug }) => getPublishedOrganizationBySlug(slug)),
    getTranslations("meta"),
    getLocale(),
  ]);
  if (!organization) return { title: t("organizationNotFound") };
  const lang = parseLocale(locale);
  return pageMetadata({
    title: bilingualNameText(organization, lang),
    description: t("organizationDescription", { name: bilingualName(organization, lang).first.text }),
    path: organizationHref(organization.slug),
  });
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const { slug } = await params;
  const [organization, t, ta, tp, tl] = await Promise.all([
    getPublishedOrganizationBySlug(slug),
    getTranslations("record"),
    getTranslations("angles"),
    getTranslations("profile"),
    getTranslations("labels"),
  ]);
  if (!organization) return redirectFromOldSlugOrNotFound("Organization", slug, organizationHref);
  // A ministry's address is /ministries/[slug], where its reply record is.
  if (organization.kind === "MINISTRY") permanentRedirect(ministryHref(organization.slug));
  const silences = await listOrganizationSilences(organization.id);

  return (
    <article className="grid gap-10">
      <PageHeading
        eyebrow={tl(`organizationKind.${organization.kind}`)}
        title={<BilingualName nameEn={organization.nameEn} nameZh={organization.nameZh} />}
      >
        {organization.aliases.length > 0 && <p>{t("alsoKnownAs", { names: organization.aliases.join(", ") })}</p>}
        {organization.sectors.length > 0 && <p>{tp("sectors", { sectors: organization.sectors.join(", ") })}</p>}
        {organization.descriptionEn && <p>{organization.descriptionEn}</p>}
        {organization.descriptionZh && (
          <p>
            <Zh>{organization.descriptionZh}</Zh>
          </p>
        )}
      </PageHeading>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14">
        <div className="grid content-start gap-10">
          <Section
            id="submissions-heading"
            title={t("submissionsTouching")}
            intro={tp("organizationSubmissionsIntro")}
          >
            <YearChart id="organization-years" title={tp("yearChart")} byYear={organization.byYear} />
            <OrganizationSubmissions submissions={organization.submissions} />
          </Section>
          <Section id="touches-heading" title={ta("touchesTitle")} intro={ta("touchesIntro")}>
            <InterestTouches submissions={organization.submissions} />
          </Section>
          <OrganizationSilenceList data={silences} />
          <SourceList sources={organization.sources} />
        </div>
        <aside aria-label={tp("aboutOrganization")} className="order-first grid content-start gap-8 border-b border-rule pb-8 lg:order-none lg:border-b-0 lg:border-l lg:pb-0 lg:pl-8">
          <Section id="people-heading" variant="side" title={t("people")}>
            <OrganizationPeople people={organization.people} />
          </Section>
          <Section id="interests-heading" variant="side" title={t("interests")}>
            <InterestList interests={organization.interests} />
          </Section>
        </aside>
      </div>
    </article>
  );
}
