import { getLocale, getTranslations } from "next-intl/server";
import type { PublicAffiliation, PublicParty } from "@/lib/data/public/submission-detail";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { yearRange } from "@/components/tracker/year-range";
import { bilingualName } from "@/lib/format/labels";
import { organizationHref, partyHref } from "@/lib/format/links";
import { parseLocale } from "@/lib/i18n/locale";

// Each name and each organization links to its own page.
export async function PartyList({ parties, heading, id }: { parties: PublicParty[]; heading: string; id: string }) {
  if (parties.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("pages"), getLocale().then(parseLocale)]);
  const years = (affiliation: PublicAffiliation) => {
    const range = yearRange(t, affiliation.fromYear, affiliation.toYear);
    return range && ` (${range})`;
  };
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-sm font-semibold tracking-wide text-muted uppercase">
        {heading}
      </h2>
      <ul className="grid gap-4">
        {parties.map((party) => (
          <li key={party.id} className="grid gap-1">
            <a href={partyHref(party)} className="justify-self-start text-ink hover:text-accent hover:underline">
              <BilingualName
                nameEn={party.nameEn}
                nameZh={party.nameZh}
                order={party.type === "person" ? "zh-first" : "en-first"}
                className="text-lg font-semibold"
              />
            </a>
            {party.affiliations.length > 0 && (
              <ul className="grid gap-0.5 text-sm text-muted" aria-label={t("rolesOf", { name: bilingualName(party, locale).first.text })}>
                {party.affiliations.map((affiliation) => (
                  <li key={affiliation.id}>
                    <span className="first-letter:uppercase inline-block">{affiliation.title}</span>,{" "}
                    <a href={organizationHref(affiliation.organization.slug)} className="underline hover:text-ink">
                      <BilingualName nameEn={affiliation.organization.nameEn} nameZh={affiliation.organization.nameZh} />
                    </a>
                    {years(affiliation)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
