import { getTranslations } from "next-intl/server";
import type { OrganizationPerson, OrganizationSubmission, PublicInterest } from "@/lib/data/public/organizations";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { SubmissionList } from "@/components/tracker/submission-list";
import { yearRange } from "@/components/tracker/year-range";
import { Badge } from "@/components/ui/badge";
import { personHref } from "@/lib/format/links";

export async function OrganizationPeople({ people }: { people: OrganizationPerson[] }) {
  const [t, tp] = await Promise.all([getTranslations("profile"), getTranslations("pages")]);
  if (people.length === 0) return <p className="text-sm text-muted">{t("noPerson")}</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {people.map((affiliation) => {
        const years = yearRange(tp, affiliation.fromYear, affiliation.toYear);
        return (
          <li key={affiliation.id}>
            <a href={personHref(affiliation.person.slug)} className="font-semibold underline hover:text-accent">
              <BilingualName nameEn={affiliation.person.nameEn} nameZh={affiliation.person.nameZh} order="zh-first" />
            </a>
            <span className="text-muted">
              , {affiliation.title}
              {years && ` (${years})`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export async function InterestList({ interests }: { interests: PublicInterest[] }) {
  const [t, tl] = await Promise.all([getTranslations("profile"), getTranslations("labels")]);
  if (interests.length === 0) return <p className="text-sm text-muted">{t("noInterest")}</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {interests.map((interest) => (
        <li key={interest.id} className="flex flex-wrap items-baseline gap-2">
          <Badge>{tl(`interestKind.${interest.kind}`)}</Badge>
          <BilingualName nameEn={interest.labelEn} nameZh={interest.labelZh} />
        </li>
      ))}
    </ul>
  );
}

/** The list, each row followed by why it is here and the angles tying it to the organization. */
export async function OrganizationSubmissions({ submissions }: { submissions: OrganizationSubmission[] }) {
  const [t, ta, tl] = await Promise.all([getTranslations("profile"), getTranslations("angles"), getTranslations("labels")]);
  if (submissions.length === 0) return <p className="text-muted">{t("noOrganizationSubmission")}</p>;
  return (
    <SubmissionList
      items={submissions}
      headingLevel="h3"
      renderExtra={(item) => (
        <p className="text-sm text-muted">
          {t("listedBecause", { via: item.via.map((via) => t(`via.${via}`)).join(t("and")) })}
          {item.angles.map((angle, index) => (
            <span key={index}>
              {" "}
              · {t("angleLine", { kind: ta(`kind.${angle.kind}`), strength: tl(`strength.${angle.strength}`).toLowerCase() })}
              {angle.interest && ` (${angle.interest})`}
            </span>
          ))}
        </p>
      )}
    />
  );
}
