import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AngleKind, AngleStrength, Body, PartyRole, SourceKind, TextProvenance } from "@/lib/generated/prisma/enums";
import type { NamedRef } from "@/lib/data/public/submissions";
import { visiblePartyWhere, visibleWhere } from "@/lib/data/public/visibility";

const nameSelect = { slug: true, nameEn: true, nameZh: true } as const;
const sourceSelect = {
  select: { id: true, kind: true, title: true, publisher: true, url: true, publishedOn: true, year: true },
} as const;

// Every field is named: internal columns (Angle.reviewerComment, authorId, evidence drafts, Note
// rows, User rows) are never read, so no later edit to a component can leak them.
const detailSelect = {
  id: true,
  slug: true,
  body: true,
  officialNumber: true,
  titleEn: true,
  titleZh: true,
  titleIsQuote: true,
  summaryEn: true,
  summaryZh: true,
  fullTextEn: true,
  fullTextZh: true,
  textProvenance: true,
  publishedAt: true,
  updatedAt: true,
  session: { select: { year: true, npcTerm: true, npcSession: true, cppccTerm: true, cppccSession: true } },
  parties: {
    where: visiblePartyWhere,
    orderBy: [{ role: "asc" }, { position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      person: {
        select: {
          ...nameSelect,
          pinyin: true,
          affiliations: {
            where: { organization: visibleWhere },
            orderBy: [{ fromYear: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            select: { id: true, title: true, fromYear: true, toYear: true, organization: { select: nameSelect } },
          },
        },
      },
      organization: { select: nameSelect },
    },
  },
  topics: {
    where: { topic: visibleWhere },
    orderBy: { topic: { slug: "asc" } },
    select: { topic: { select: nameSelect } },
  },
  angles: {
    where: visibleWhere,
    orderBy: [{ strength: "desc" }, { kind: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      strength: true,
      rationaleEn: true,
      rationaleZh: true,
      rightOfReply: true,
      rightOfReplyOn: true,
      updatedAt: true,
      organization: { where: visibleWhere, select: nameSelect },
      citations: { select: { locator: true, source: sourceSelect } },
    },
  },
  citations: { select: { locator: true, source: sourceSelect } },
} satisfies Prisma.SubmissionSelect;

type DetailRow = Prisma.SubmissionGetPayload<{ select: typeof detailSelect }>;

export interface PublicAffiliation {
  id: string;
  title: string;
  fromYear: number | null;
  toYear: number | null;
  organization: NamedRef;
}

export interface PublicParty {
  id: string;
  role: PartyRole;
  type: "person" | "organization";
  slug: string;
  nameEn: string;
  nameZh: string | null;
  affiliations: PublicAffiliation[];
}

export interface PublicAngle {
  id: string;
  kind: AngleKind;
  strength: AngleStrength;
  rationaleEn: string;
  rationaleZh: string | null;
  rightOfReply: string | null;
  rightOfReplyOn: Date | null;
  organization: NamedRef | null;
}

export interface PublicSource {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: Date | null;
  year: number | null;
}

export interface PublicSubmission {
  id: string;
  slug: string;
  body: Body;
  officialNumber: string | null;
  titleEn: string | null;
  titleZh: string | null;
  titleIsQuote: boolean;
  summaryEn: string | null;
  summaryZh: string | null;
  fullTextEn: string | null;
  fullTextZh: string | null;
  textProvenance: TextProvenance;
  session: DetailRow["session"];
  submitters: PublicParty[];
  cosigners: PublicParty[];
  topics: NamedRef[];
  angles: PublicAngle[];
  sources: PublicSource[];
  /** The later of the submission's own edit and its published angles' edits. */
  lastUpdated: Date;
}

function toParty(party: DetailRow["parties"][number]): PublicParty[] {
  if (party.person) {
    const { affiliations, pinyin: _pinyin, ...name } = party.person;
    return [{ id: party.id, role: party.role, type: "person", ...name, affiliations }];
  }
  if (party.organization) {
    return [{ id: party.id, role: party.role, type: "organization", ...party.organization, affiliations: [] }];
  }
  return [];
}

/** The submission's own sources first, then those behind its angles, each listed once. */
function collectSources(row: DetailRow): PublicSource[] {
  const seen = new Map<string, PublicSource>();
  const all = [...row.citations, ...row.angles.flatMap((angle) => angle.citations)];
  for (const citation of all) if (!seen.has(citation.source.id)) seen.set(citation.source.id, citation.source);
  return [...seen.values()];
}

function toPublicSubmission(row: DetailRow): PublicSubmission {
  const parties = row.parties.flatMap(toParty);
  const updated = [row.updatedAt, ...row.angles.map((angle) => angle.updatedAt)];
  return {
    id: row.id,
    slug: row.slug,
    body: row.body,
    officialNumber: row.officialNumber,
    titleEn: row.titleEn,
    titleZh: row.titleZh,
    titleIsQuote: row.titleIsQuote,
    summaryEn: row.summaryEn,
    summaryZh: row.summaryZh,
    fullTextEn: row.fullTextEn,
    fullTextZh: row.fullTextZh,
    textProvenance: row.textProvenance,
    session: row.session,
    submitters: parties.filter((party) => party.role === "SUBMITTER"),
    cosigners: parties.filter((party) => party.role === "COSIGNER"),
    topics: row.topics.map((link) => link.topic),
    angles: row.angles.map(({ citations: _citations, updatedAt: _updatedAt, ...angle }) => angle),
    sources: collectSources(row),
    lastUpdated: new Date(Math.max(...updated.map((date) => date.getTime()))),
  };
}

/**
 * A published submission of a published session, or null. Wrapped in React `cache` so that
 * generateMetadata and the page share one query per request.
 */
export const getPublishedSubmissionBySlug = cache(async (slug: string): Promise<PublicSubmission | null> => {
  const row = await db.submission.findFirst({
    where: { slug, ...visibleWhere, session: visibleWhere },
    select: detailSelect,
  });
  return row ? toPublicSubmission(row) : null;
});
