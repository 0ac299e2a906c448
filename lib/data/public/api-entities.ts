import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiOrganization, ApiPerson, ApiSession, ApiTopic } from "@/lib/api/schemas";
import type { OneOrMany, organizationsQuery, peopleQuery, sessionsQuery, topicsQuery } from "@/lib/api/query";
import { citationsSelect, dateOnly, instantOrNull, keysetPage, refSelect, toApiRef, toApiSources, type ApiPage } from "@/lib/data/public/api-common";
import { sessionSelect } from "@/lib/data/public/sessions";
import { visibleWhere } from "@/lib/data/public/visibility";

// Sessions, people, organizations (ministries among them) and topics for the API and downloads.
// Membership.note is editors' working text and is not selected. Session notes are public: the
// session page shows them, so the API and the downloads carry them too.

const stamps = { publishedAt: true, updatedAt: true, citations: citationsSelect } as const;

function published(row: { publishedAt: Date | null; updatedAt: Date; citations: Parameters<typeof toApiSources>[0] }) {
  return { publishedAt: instantOrNull(row.publishedAt), updatedAt: row.updatedAt.toISOString(), sources: toApiSources(row.citations) };
}

// The session page's own fields (notes among them), with the publication stamps and sources.
const apiSessionSelect = { ...sessionSelect, ...stamps } satisfies Prisma.SessionSelect;

export async function listApiSessions(query: OneOrMany<z.output<typeof sessionsQuery>>, origin: string): Promise<ApiPage<ApiSession>> {
  const where: Prisma.SessionWhereInput = { ...visibleWhere, ...(query.year ? { year: query.year } : {}) };
  const page = await keysetPage(query, where, (args) => db.session.findMany({ ...args, select: apiSessionSelect }), (args) => db.session.count(args));
  return {
    ...page,
    items: page.rows.map(({ startsOn, endsOn, publishedAt: _p, updatedAt: _u, citations: _c, ...row }, index) => ({
      ...row,
      startsOn: dateOnly(startsOn),
      endsOn: dateOnly(endsOn),
      url: `${origin}/sessions/${row.year}`,
      ...published(page.rows[index]),
    })),
  };
}

const personSelect = {
  ...refSelect,
  pinyin: true,
  aliases: true,
  bioEn: true,
  bioZh: true,
  memberships: { orderBy: [{ fromYear: "asc" }, { id: "asc" }], select: { body: true, fromYear: true, toYear: true, endReason: true } },
  affiliations: {
    where: { organization: visibleWhere },
    orderBy: [{ fromYear: "asc" }, { id: "asc" }],
    select: { title: true, fromYear: true, toYear: true, organization: { select: { ...refSelect, kind: true } } },
  },
  ...stamps,
} satisfies Prisma.PersonSelect;

export async function listApiPeople(query: OneOrMany<z.output<typeof peopleQuery>>, origin: string): Promise<ApiPage<ApiPerson>> {
  const where: Prisma.PersonWhereInput = { ...visibleWhere, ...(query.body ? { memberships: { some: { body: query.body } } } : {}) };
  const page = await keysetPage(query, where, (args) => db.person.findMany({ ...args, select: personSelect }), (args) => db.person.count(args));
  return {
    ...page,
    items: page.rows.map((row) => ({
      ...toApiRef(row, "people", origin),
      pinyin: row.pinyin,
      aliases: row.aliases,
      bioEn: row.bioEn,
      bioZh: row.bioZh,
      memberships: row.memberships,
      affiliations: row.affiliations.map(({ organization: { kind, ...organization }, ...affiliation }) => ({
        ...affiliation,
        organization: toApiRef(organization, kind === "MINISTRY" ? "ministries" : "organizations", origin),
      })),
      ...published(row),
    })),
  };
}

const organizationSelect = {
  ...refSelect,
  kind: true,
  aliases: true,
  sectors: true,
  descriptionEn: true,
  descriptionZh: true,
  interests: { orderBy: { id: "asc" }, select: { id: true, kind: true, labelEn: true, labelZh: true } },
  ...stamps,
} satisfies Prisma.OrganizationSelect;

export async function listApiOrganizations(
  query: OneOrMany<z.output<typeof organizationsQuery>>,
  origin: string,
): Promise<ApiPage<ApiOrganization>> {
  const where: Prisma.OrganizationWhereInput = { ...visibleWhere, ...(query.kind ? { kind: query.kind } : {}) };
  const page = await keysetPage(
    query,
    where,
    (args) => db.organization.findMany({ ...args, select: organizationSelect }),
    (args) => db.organization.count(args),
  );
  return {
    ...page,
    items: page.rows.map((row) => ({
      ...toApiRef(row, row.kind === "MINISTRY" ? "ministries" : "organizations", origin),
      kind: row.kind,
      aliases: row.aliases,
      sectors: row.sectors,
      descriptionEn: row.descriptionEn,
      descriptionZh: row.descriptionZh,
      interests: row.interests,
      ...published(row),
    })),
  };
}

const topicSelect = { ...refSelect, descriptionEn: true, descriptionZh: true, ...stamps } satisfies Prisma.TopicSelect;

export async function listApiTopics(query: OneOrMany<z.output<typeof topicsQuery>>, origin: string): Promise<ApiPage<ApiTopic>> {
  const page = await keysetPage(query, visibleWhere, (args) => db.topic.findMany({ ...args, select: topicSelect }), (args) => db.topic.count(args));
  return {
    ...page,
    items: page.rows.map((row) => ({
      ...toApiRef(row, "topics", origin),
      descriptionEn: row.descriptionEn,
      descriptionZh: row.descriptionZh,
      ...published(row),
    })),
  };
}
