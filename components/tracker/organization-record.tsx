import Link from "next/link";
import type { OrganizationPerson, OrganizationSubmission, PublicInterest } from "@/lib/data/public/organizations";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { SubmissionList } from "@/components/tracker/submission-list";
import { yearRange } from "@/components/tracker/year-range";
import { Badge } from "@/components/ui/badge";
import { ANGLE_KIND_LABELS, ANGLE_STRENGTH_LABELS, INTEREST_KIND_LABELS } from "@/lib/format/labels";
import { personHref } from "@/lib/format/links";

export function OrganizationPeople({ people }: { people: OrganizationPerson[] }) {
  if (people.length === 0) return <p className="text-sm text-muted">No person is recorded with a role here.</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {people.map((affiliation) => {
        const years = yearRange(affiliation.fromYear, affiliation.toYear);
        return (
          <li key={affiliation.id}>
            <Link href={personHref(affiliation.person.slug)} className="font-semibold underline hover:text-accent">
              <BilingualName nameEn={affiliation.person.nameEn} nameZh={affiliation.person.nameZh} order="zh-first" />
            </Link>
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

export function InterestList({ interests }: { interests: PublicInterest[] }) {
  if (interests.length === 0) return <p className="text-sm text-muted">No business interest is recorded.</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {interests.map((interest) => (
        <li key={interest.id} className="flex flex-wrap items-baseline gap-2">
          <Badge>{INTEREST_KIND_LABELS[interest.kind]}</Badge>
          <BilingualName nameEn={interest.labelEn} nameZh={interest.labelZh} />
        </li>
      ))}
    </ul>
  );
}

const viaText = { party: "filed by it", person: "filed by its people", angle: "tied to it by an angle" } as const;

/** The list, each row followed by why it is here and the angles tying it to the organization. */
export function OrganizationSubmissions({ submissions }: { submissions: OrganizationSubmission[] }) {
  if (submissions.length === 0) return <p className="text-muted">No published submission touches this organization yet.</p>;
  return (
    <SubmissionList
      items={submissions}
      headingLevel="h3"
      renderExtra={(item) => (
        <p className="text-sm text-muted">
          Listed because it was {item.via.map((via) => viaText[via]).join(" and ")}
          {item.angles.map((angle, index) => (
            <span key={index}>
              {" "}
              · {ANGLE_KIND_LABELS[angle.kind].en}: {ANGLE_STRENGTH_LABELS[angle.strength].toLowerCase()}
              {angle.interest && ` (${angle.interest})`}
            </span>
          ))}
        </p>
      )}
    />
  );
}
