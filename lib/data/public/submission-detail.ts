import "server-only";
import { db } from "@/lib/db";
import { submissionTextFields } from "@/lib/data/public/submission-fields";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AngleKind, AngleStrength, Body, InterestKind, PartyRole, ReferralRole, ReplyResult, SourceKind, TextProvenance } from "@/lib/generated/prisma/enums";
import { referralTiming, type ReferralTiming } from "@/lib/stats/replies";
import type { NamedRef } from "@/lib/data/public/submissions";
import { publicNoteWhere, visiblePartyWhere, visibleWhere } from "@/lib/data/public/visibility";
import { attachedNotes, publicNoteSelect, type PublicNote } from "@/lib/data/public/notes";

const nameSelect = { slug: true, nameEn: true, nameZh: true } as const;
const sourceSelect = {
  select: { id: true, kind: true, title: true, publisher: true, url: true, publishedOn: true, year: true },
} as const;

// Every field is named: internal columns (Angle.reviewerComment, authorId, evidence drafts, User
// rows) are never read, so no later edit to a component can leak them. Notes: only approved
// public ones, and only their passage and text (publicNoteWhere, publicNoteSelect).
const detailSelect = {
  ...submissionTextFields,
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
      interest: { select: { kind: true, labelEn: true, labelZh: true, organization: { select: { status: true, deletedAt: true } } } },
      citations: { orderBy: { id: "asc" }, select: { locator: true, source: sourceSelect } },
    },
  },
  citations: { select: { locator: true, source: sourceSelect } },
  notes: { where: publicNoteWhere, orderBy: [{ anchorStart: "asc" }, { id: "asc" }], select: publicNoteSelect },
  referrals: {
    where: { ...visibleWhere, ministry: visibleWhere },
    orderBy: [{ role: "asc" }, { referredOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      referredOn: true,
      dueOn: true,
      updatedAt: true,
      ministry: { select: nameSelect },
      replies: {
        where: visibleWhere,
        orderBy: [{ repliedOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          repliedOn: true,
          referenceNumber: true,
          result: true,
          summaryEn: true,
          summaryZh: true,
          signalEn: true,
          signalZh: true,
          updatedAt: true,
          textEn: true,
          textZh: true,
          citations: { select: { locator: true, source: sourceSelect } },
          notes: { where: publicNoteWhere, orderBy: [{ anchorStart: "asc" }, { id: "asc" }], select: publicNoteSelect },
        },
      },
    },
  },
} satisfies Prisma.SubmissionSelect;

type DetailRow = Prisma.SubmissionGetPayload<{ select: typeof detailSelect }>;
type CorrectionRow = { id: string; note: string; correctedOn: Date; createdAt: Date };

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
  /** The organization's interest it serves, when the reporter named one (and the organization is public). */
  interest: { kind: InterestKind; labelEn: string; labelZh: string | null } | null;
  /** The angle's own sources: every published angle has at least one. */
  sources: PublicSource[];
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

export interface PublicReply {
  id: string;
  repliedOn: Date;
  referenceNumber: string | null;
  result: ReplyResult | null;
  summaryEn: string | null;
  summaryZh: string | null;
  signalEn: string | null;
  signalZh: string | null;
  /** Approved public notes on the reply's text (the passage is quoted; the text itself is not shown). */
  notes: PublicNote[];
}

export interface PublicReferral extends ReferralTiming {
  id: string;
  role: ReferralRole;
  referredOn: Date;
  dueOn: Date;
  ministry: NamedRef;
  replies: PublicReply[];
}

export interface PublicCorrection {
  id: string;
  note: string;
  correctedOn: Date;
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
  referrals: PublicReferral[];
  corrections: PublicCorrection[];
  /** Approved public notes on the full text, each still pointing at its exact passage. */
  notes: PublicNote[];
  /** The latest edit of the submission, its published angles, referrals and replies, or a correction. */
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
  const replies = row.referrals.flatMap((referral) => referral.replies);
  const all = [...row.citations, ...row.angles.flatMap((angle) => angle.citations), ...replies.flatMap((reply) => reply.citations)];
  for (const citation of all) if (!seen.has(citation.source.id)) seen.set(citation.source.id, citation.source);
  return [...seen.values()];
}

function toAngle({ citations, updatedAt: _updatedAt, interest, ...angle }: DetailRow["angles"][number]): PublicAngle {
  const publicInterest = interest && interest.organization.status === "PUBLISHED" && !interest.organization.deletedAt
    ? { kind: interest.kind, labelEn: interest.labelEn, labelZh: interest.labelZh }
    : null;
  return { ...angle, interest: publicInterest, sources: citations.map((citation) => citation.source) };
}

function toReferral(referral: DetailRow["referrals"][number], today: Date): PublicReferral {
  return {
    ...referralTiming(referral, today),
    id: referral.id,
    role: referral.role,
    referredOn: referral.referredOn,
    dueOn: referral.dueOn,
    ministry: referral.ministry,
    replies: referral.replies.map(({ citations: _citations, updatedAt: _updatedAt, textEn, textZh, notes, ...reply }) => ({
      ...reply,
      notes: attachedNotes(notes, { textEn, textZh }),
    })),
  };
}

function toPublicSubmission(row: DetailRow, corrections: CorrectionRow[], today: Date): PublicSubmission {
  const parties = row.parties.flatMap(toParty);
  const updated = [
    row.updatedAt,
    ...row.angles.map((angle) => angle.updatedAt),
    ...row.referrals.flatMap((referral) => [referral.updatedAt, ...referral.replies.map((reply) => reply.updatedAt)]),
    ...corrections.map((correction) => correction.createdAt),
  ];
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
    angles: row.angles.map(toAngle),
    sources: collectSources(row),
    referrals: row.referrals.map((referral) => toReferral(referral, today)),
    corrections: corrections.map(({ createdAt: _createdAt, ...correction }) => correction),
    notes: attachedNotes(row.notes, { fullTextEn: row.fullTextEn, fullTextZh: row.fullTextZh }),
    lastUpdated: new Date(Math.max(...updated.map((date) => date.getTime()))),
  };
}

/**
 * A published submission of a published session, or null. Cached (lib/data/public/cached.ts), so
 * generateMetadata and the page share one read.
 */
export const getPublishedSubmissionBySlug = cachedPublic("submission", async (slug: string, today: Date = new Date()): Promise<PublicSubmission | null> => {
  const row = await db.submission.findFirst({
    where: { slug, ...visibleWhere, session: visibleWhere },
    select: detailSelect,
  });
  if (!row) return null;
  // Corrections point at records by type and id (no relation), so they take a second query.
  const corrections = await db.correction.findMany({
    where: { entityType: "Submission", entityId: row.id },
    orderBy: [{ correctedOn: "desc" }, { id: "asc" }],
    select: { id: true, note: true, correctedOn: true, createdAt: true },
  });
  return toPublicSubmission(row, corrections, today);
});
