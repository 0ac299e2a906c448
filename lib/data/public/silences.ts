import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleWhere } from "@/lib/data/public/visibility";
import { silencesInYear, type Silence, type SilenceInput } from "@/lib/stats/silences";

// Notable silences from published rows only: published organizations, topics, people and
// sessions, and published submissions. The judgement (which topics are material) is an editor's,
// stored in MaterialTopic. Two or three queries a page, whatever the number of people.

const named = { id: true, slug: true, nameEn: true, nameZh: true } as const;
const span = { fromYear: true, toYear: true } as const;

function materialSelect(personWhere: Prisma.PersonWhereInput) {
  return {
    organizationId: true,
    topic: { select: named },
    organization: {
      select: {
        ...named,
        affiliations: {
          where: { person: { ...visibleWhere, ...personWhere } },
          orderBy: { id: "asc" },
          select: { ...span, person: { select: { ...named, memberships: { select: span } } } },
        },
      },
    },
  } satisfies Prisma.MaterialTopicSelect;
}

type MaterialRow = Prisma.MaterialTopicGetPayload<{ select: ReturnType<typeof materialSelect> }>;

/** One input per organization, from its material-topic rows. */
function toInputs(rows: MaterialRow[]): SilenceInput[] {
  const byOrganization = new Map<string, SilenceInput>();
  for (const row of rows) {
    let input = byOrganization.get(row.organizationId);
    if (!input) {
      const { affiliations, ...organization } = row.organization;
      const people = new Map<string, SilenceInput["people"][number]>();
      for (const affiliation of affiliations) {
        const { memberships, ...person } = affiliation.person;
        const entry = people.get(person.id) ?? { person, roles: [], seats: memberships };
        entry.roles.push({ fromYear: affiliation.fromYear, toYear: affiliation.toYear });
        people.set(person.id, entry);
      }
      input = { organization, topics: [], people: [...people.values()] };
      byOrganization.set(row.organizationId, input);
    }
    input.topics.push(row.topic);
  }
  for (const input of byOrganization.values()) input.topics.sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  return [...byOrganization.values()];
}

/** Topic ids each person filed or co-signed on, per session year, in published submissions. */
async function raisedByYear(personIds: string[], years?: number[]): Promise<Map<number, Map<string, Set<string>>>> {
  const result = new Map<number, Map<string, Set<string>>>();
  if (personIds.length === 0) return result;
  const parties = await db.submissionParty.findMany({
    where: {
      personId: { in: personIds },
      submission: { ...visibleWhere, session: { ...visibleWhere, ...(years ? { year: { in: years } } : {}) } },
    },
    select: { personId: true, submission: { select: { session: { select: { year: true } }, topics: { select: { topicId: true } } } } },
  });
  for (const party of parties) {
    if (!party.personId) continue;
    const year = party.submission.session.year;
    const people = result.get(year) ?? new Map<string, Set<string>>();
    const topics = people.get(party.personId) ?? new Set<string>();
    for (const { topicId } of party.submission.topics) topics.add(topicId);
    people.set(party.personId, topics);
    result.set(year, people);
  }
  return result;
}

const materialWhere = { topic: visibleWhere, organization: visibleWhere } satisfies Prisma.MaterialTopicWhereInput;

function personIdsOf(inputs: SilenceInput[]): string[] {
  return [...new Set(inputs.flatMap((input) => input.people.map((entry) => entry.person.id)))];
}

/** The silences of one published session: every organization with material topics. */
export const listSessionSilences = cachedPublic("session-silences", async (year: number): Promise<Silence[]> => {
  const rows = await db.materialTopic.findMany({
    where: materialWhere,
    orderBy: [{ organizationId: "asc" }, { topicId: "asc" }],
    select: materialSelect({ memberships: { some: {} } }),
  });
  const inputs = toInputs(rows);
  const raised = await raisedByYear(personIdsOf(inputs), [year]);
  return silencesInYear(year, inputs, raised.get(year) ?? new Map());
});

export interface OrganizationSilences {
  /** Whether an editor has marked any topic material to it (if not, the page says so). */
  judged: boolean;
  topics: Array<{ slug: string; nameEn: string; nameZh: string | null }>;
  years: Array<{ year: number; silences: Silence[] }>;
}

/** One organization's silences in every published session, newest first. */
export const listOrganizationSilences = cachedPublic("organization-silences", async (organizationId: string): Promise<OrganizationSilences> => {
  const rows = await db.materialTopic.findMany({
    where: { ...materialWhere, organizationId },
    orderBy: { topicId: "asc" },
    select: materialSelect({ memberships: { some: {} } }),
  });
  if (rows.length === 0) return { judged: false, topics: [], years: [] };
  const inputs = toInputs(rows);
  const [sessions, raised] = await Promise.all([
    db.session.findMany({ where: visibleWhere, orderBy: { year: "desc" }, select: { year: true } }),
    raisedByYear(personIdsOf(inputs)),
  ]);
  const years = sessions
    .map(({ year }) => ({ year, silences: silencesInYear(year, inputs, raised.get(year) ?? new Map()) }))
    .filter((entry) => entry.silences.length > 0);
  return { judged: true, topics: inputs[0].topics.map(({ slug, nameEn, nameZh }) => ({ slug, nameEn, nameZh })), years };
});
