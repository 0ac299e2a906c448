import { getLocale, getTranslations } from "next-intl/server";
import type { PersonAffiliation, PublicMembership } from "@/lib/data/public/people";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { BodyBadge } from "@/components/tracker/body-badge";
import { yearRange } from "@/components/tracker/year-range";
import { Zh } from "@/components/ui/zh";
import { BODY_LABELS } from "@/lib/format/labels";
import { organizationHref } from "@/lib/format/links";

/** Seats in the NPC and CPPCC, oldest first, as a vertical timeline (Parltrack-style). */
export async function MembershipTimeline({ memberships }: { memberships: PublicMembership[] }) {
  const [t, tp, zh] = await Promise.all([getTranslations("profile"), getTranslations("pages"), getLocale().then((locale) => locale === "zh")]);
  if (memberships.length === 0) return <p className="text-sm text-muted">{t("noSeat")}</p>;
  return (
    <ol className="grid gap-4 border-l-2 border-rule pl-4">
      {memberships.map((membership) => {
        const label = BODY_LABELS[membership.body];
        const years = yearRange(tp, membership.fromYear, membership.toYear);
        return (
          <li key={membership.id} className="relative grid gap-1 text-sm">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-ink" />
            <p className="flex flex-wrap items-center gap-2">
              <BodyBadge body={membership.body} showKind={false} />
              <span className="font-semibold">
                {t(`seat${membership.body}`)}
                {!zh && (
                  <>
                    {" "}
                    <Zh>{label.memberZh}</Zh>
                  </>
                )}
              </span>
              {years && <span className="tabular-nums text-muted">{years}</span>}
            </p>
            {membership.endReason && <p>{t("ended", { reason: membership.endReason })}</p>}
            {membership.note && <p className="text-muted">{membership.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}

/** Roles in organizations, newest first, each organization linking to its page. */
export async function AffiliationList({ affiliations }: { affiliations: PersonAffiliation[] }) {
  const [t, tp] = await Promise.all([getTranslations("profile"), getTranslations("pages")]);
  if (affiliations.length === 0) return <p className="text-sm text-muted">{t("noRole")}</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {affiliations.map((affiliation) => {
        const years = yearRange(tp, affiliation.fromYear, affiliation.toYear);
        return (
          <li key={affiliation.id}>
            <span className="inline-block first-letter:uppercase">{affiliation.title}</span>,{" "}
            <a
              href={organizationHref(affiliation.organization.slug, affiliation.organization.kind)}
              className="font-semibold underline hover:text-accent"
            >
              <BilingualName nameEn={affiliation.organization.nameEn} nameZh={affiliation.organization.nameZh} />
            </a>
            {years && <span className="text-muted"> ({years})</span>}
          </li>
        );
      })}
    </ul>
  );
}
