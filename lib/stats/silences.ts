// Notable silences: for one session year, the members affiliated with an organization who filed
// nothing on a topic an editor marked material to it. Pure, so the rule is tested without a
// database; lib/data/public/silences.ts feeds it published rows only.

export interface YearSpan {
  fromYear: number | null;
  toYear: number | null;
}

export interface NamedRef {
  slug: string;
  nameEn: string;
  nameZh: string | null;
}

export interface SilenceInput {
  organization: NamedRef & { id: string };
  /** Topics marked material to the organization. */
  topics: Array<NamedRef & { id: string }>;
  /** The organization's people: their roles there and their seats in the NPC or CPPCC. */
  people: Array<{ person: NamedRef & { id: string }; roles: YearSpan[]; seats: YearSpan[] }>;
}

export interface Silence {
  organization: NamedRef;
  person: NamedRef;
  /** The material topics this person filed nothing on that year, never empty. */
  topics: NamedRef[];
}

/** An unknown start or end year leaves that side open, as the sources give it. */
export function covers(span: YearSpan, year: number): boolean {
  return (span.fromYear === null || span.fromYear <= year) && (span.toYear === null || span.toYear >= year);
}

/**
 * `raised` maps a person id to the topic ids of the published submissions they filed or co-signed
 * that year. A person counts as a member that year when one of their roles at the organization and
 * one of their seats both cover it.
 */
export function silencesInYear(year: number, inputs: SilenceInput[], raised: Map<string, Set<string>>): Silence[] {
  const silences: Silence[] = [];
  for (const { organization, topics, people } of inputs) {
    if (topics.length === 0) continue;
    const seen = new Set<string>();
    for (const { person, roles, seats } of people) {
      if (seen.has(person.id) || !roles.some((role) => covers(role, year)) || !seats.some((seat) => covers(seat, year))) continue;
      seen.add(person.id);
      const theirs = raised.get(person.id) ?? new Set<string>();
      const missing = topics.filter((topic) => !theirs.has(topic.id));
      if (missing.length === 0) continue;
      silences.push({
        organization: pick(organization),
        person: pick(person),
        topics: missing.map(pick),
      });
    }
  }
  return silences.sort((a, b) => a.organization.nameEn.localeCompare(b.organization.nameEn) || a.person.nameEn.localeCompare(b.person.nameEn));
}

function pick({ slug, nameEn, nameZh }: NamedRef): NamedRef {
  return { slug, nameEn, nameZh };
}
