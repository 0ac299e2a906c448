import { Body, InterestKind, OrganizationKind } from "@/lib/generated/prisma/enums";
import { capitalizeFirst, type SeedRun } from "@/lib/seed/seed-run";
import type { StarterData, StarterPerson } from "@/lib/seed/starter-data";

// Sessions, companies, people and their seats and roles: the facts submissions hang from.
// Only what the file says is written; absent facts (official numbers, dates of roles) stay null.

export async function seedSessions(run: SeedRun, data: StarterData): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (const session of data.sessions) {
    const row = await run.ensure(
      "session",
      () => run.tx.session.findUnique({ where: { year: session.year }, select: { id: true } }),
      () =>
        run.tx.session.create({
          data: {
            year: session.year,
            startsOn: new Date(`${session.startsOn}T00:00:00Z`),
            endsOn: new Date(`${session.endsOn}T00:00:00Z`),
            npcTerm: session.npcTerm,
            npcSession: session.npcSession,
            cppccTerm: session.cppccTerm,
            cppccSession: session.cppccSession,
            ...run.published,
          },
          select: { id: true },
        }),
    );
    await run.cite({ sessionId: row.id });
    ids.set(session.year, row.id);
  }
  return ids;
}

// The file lists interests as free text. The ones naming something the company sells are products;
// strategies and market positions ("pivot to making electric vehicles") stay OTHER, because
// calling them a market or a sector would be our judgement, not the source's.
const productInterests = [/^Tencent Docs\b/, /^Apollo Robotaxi\b/, /^Planet NFT\b/];

export function interestKind(label: string): InterestKind {
  return productInterests.some((pattern) => pattern.test(label)) ? InterestKind.PRODUCT : InterestKind.OTHER;
}

export async function seedOrganizations(run: SeedRun, data: StarterData): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const org of data.organizations) {
    const where = await run.bySlug("Organization", org.slug);
    const row = await run.ensure(
      "organization",
      () => run.tx.organization.findFirst({ where, select: { id: true } }),
      () =>
        run.tx.organization.create({
          data: {
            slug: org.slug,
            kind: OrganizationKind.COMPANY,
            nameEn: org.name,
            nameZh: org.nameZh ?? null,
            sectors: org.sectors,
            ...run.published,
          },
          select: { id: true },
        }),
    );
    await run.cite({ organizationId: row.id });
    ids.set(org.slug, row.id);

    for (const label of org.interests) {
      const interest = await run.ensure(
        "interest",
        () => run.tx.interest.findFirst({ where: { organizationId: row.id, labelEn: label }, select: { id: true } }),
        () =>
          run.tx.interest.create({
            data: { organizationId: row.id, kind: interestKind(label), labelEn: label },
            select: { id: true },
          }),
      );
      await run.cite({ interestId: interest.id });
    }
  }
  return ids;
}

/** People without a "pinyin" field go by their pinyin name already ("Ma Huateng"). */
export function personNames(person: StarterPerson): { pinyin: string; aliases: string[] } {
  const pinyin = person.pinyin ?? person.name;
  if (!person.nickname) return { pinyin, aliases: [] };
  // Chinese order puts the family name first; a nickname goes before it: "Pony" -> "Pony Ma".
  const familyName = pinyin.split(" ")[0];
  return { pinyin, aliases: [person.nickname, `${person.nickname} ${familyName}`] };
}

/**
 * "activeIn" only says the person sat at that session, not since when: it becomes a note,
 * never a fromYear.
 */
export function membershipNote(
  membership: StarterPerson["memberships"][number],
  memberTitle: string,
): string | null {
  const parts: string[] = [];
  if (membership.activeIn) parts.push(`${capitalizeFirst(memberTitle)} at the ${membership.activeIn} session`);
  if (membership.note) parts.push(membership.note);
  return parts.length > 0 ? capitalizeFirst(parts.join("; ")) : null;
}

export async function seedPeople(
  run: SeedRun,
  data: StarterData,
  orgIds: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const memberTitles = new Map(data.bodies.map((body) => [body.code, body.memberTitle]));
  for (const person of data.people) {
    const where = await run.bySlug("Person", person.slug);
    const names = personNames(person);
    const row = await run.ensure(
      "person",
      () => run.tx.person.findFirst({ where, select: { id: true } }),
      () =>
        run.tx.person.create({
          data: {
            slug: person.slug,
            nameEn: person.name,
            nameZh: person.nameZh ?? null,
            pinyin: names.pinyin,
            aliases: names.aliases,
            // The file's only biographical remark ("never joined the national meetings").
            bioEn: person.note ? `${capitalizeFirst(person.note)}.` : null,
            ...run.published,
          },
          select: { id: true },
        }),
    );
    await run.cite({ personId: row.id });
    ids.set(person.slug, row.id);

    for (const membership of person.memberships) {
      const key = {
        personId: row.id,
        body: Body[membership.body],
        fromYear: membership.since ?? null,
        toYear: membership.until ?? null,
      };
      const seat = await run.ensure(
        "membership",
        () => run.tx.membership.findFirst({ where: key, select: { id: true } }),
        () =>
          run.tx.membership.create({
            data: {
              ...key,
              endReason: membership.endReason ?? null,
              note: membershipNote(membership, memberTitles.get(membership.body) ?? "member"),
            },
            select: { id: true },
          }),
      );
      await run.cite({ membershipId: seat.id });
    }

    for (const role of person.roles) {
      const key = { personId: row.id, organizationId: orgIds.get(role.org)!, title: role.title };
      const affiliation = await run.ensure(
        "affiliation",
        () => run.tx.affiliation.findFirst({ where: key, select: { id: true } }),
        () => run.tx.affiliation.create({ data: key, select: { id: true } }),
      );
      await run.cite({ affiliationId: affiliation.id });
    }
  }
  return ids;
}
