import type { Prisma } from "@/lib/generated/prisma/client";
import { buildDocument, documentId, type DocumentInput } from "@/lib/search/document";
import { facetTokens } from "@/lib/search/filter-tokens";
import { isPublic, join, put, removeWhere, visible, type Tx } from "@/lib/search/reindex-shared";
import { angleSubtitles, noteSubtitles, replySubtitles, submissionSubtitles } from "@/lib/search/subtitles";

// A submission's own document and those of its angles, replies and public notes: the part of the
// index that changes with every save in the back office (see lib/search/reindex.ts).

const nameSelect = { nameEn: true, nameZh: true, pinyin: true, aliases: true } as const;

// ---------------------------------------------------------------- submissions and what hangs from them

const submissionSelect = {
  id: true, slug: true, body: true, officialNumber: true, titleEn: true, titleZh: true, summaryEn: true,
  summaryZh: true, fullTextEn: true, fullTextZh: true, status: true, deletedAt: true, publishedAt: true,
  updatedAt: true,
  session: { select: { year: true, status: true, deletedAt: true } },
  parties: {
    orderBy: [{ role: "asc" }, { position: "asc" }, { id: "asc" }],
    select: {
      role: true,
      person: { select: { ...nameSelect, status: true, deletedAt: true } },
      organization: { select: { nameEn: true, nameZh: true, aliases: true, status: true, deletedAt: true } },
    },
  },
  topics: { select: { topic: { select: { slug: true, nameEn: true, nameZh: true, status: true, deletedAt: true } } } },
  // What the list's filters look at, published rows only (lib/search/filter-tokens.ts).
  textProvenance: true,
  referrals: {
    where: { ...visible, ministry: visible },
    select: { ministry: { select: { slug: true } }, replies: { where: visible, select: { result: true } } },
  },
  angles: { where: visible, select: { strength: true } },
} satisfies Prisma.SubmissionSelect;

type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

function submissionTitle(row: { titleEn: string | null; titleZh: string | null; slug: string }): string {
  return row.titleEn ?? row.titleZh ?? row.slug;
}

/** The filter tokens every document of this submission carries. */
function submissionFacets(row: SubmissionRow): string[] {
  const replies = row.referrals.flatMap((referral) => referral.replies);
  return facetTokens({
    topics: row.topics.filter((link) => isPublic(link.topic)).map((link) => link.topic.slug),
    ministries: row.referrals.map((referral) => referral.ministry.slug),
    results: replies.flatMap((reply) => (reply.result ? [reply.result] : [])),
    strengths: row.angles.map((angle) => angle.strength),
    provenance: row.textProvenance,
    hasReply: replies.length > 0,
  });
}

function submissionDocument(row: SubmissionRow): DocumentInput {
  const parties = row.parties.filter((party) => isPublic(party.person) || isPublic(party.organization));
  const names = parties.flatMap((party): Array<string | null> => {
    if (isPublic(party.person) && party.person) {
      const person = party.person;
      return [person.nameEn, person.nameZh, person.pinyin, ...person.aliases];
    }
    const org = party.organization;
    return org ? [org.nameEn, org.nameZh, ...org.aliases] : [];
  });
  const submitters = parties
    .filter((party) => party.role === "SUBMITTER")
    .flatMap((party) => {
      const named = isPublic(party.person) ? party.person : party.organization;
      return named ? [named] : [];
    });
  const topics = row.topics.filter((link) => isPublic(link.topic)).map((link) => link.topic);
  return {
    kind: "submission",
    entityId: row.id,
    submissionId: row.id,
    year: row.session.year,
    body: row.body,
    href: `/submissions/${row.slug}`,
    title: submissionTitle(row),
    titleZh: row.titleEn ? row.titleZh : null,
    ...submissionSubtitles(row.session.year, row.body, submitters),
    content: join([row.summaryEn, row.summaryZh, row.fullTextEn, row.fullTextZh]),
    sortAt: row.publishedAt ?? row.updatedAt,
    facets: submissionFacets(row),
    fields: [
      { text: row.titleEn, title: true },
      { text: row.titleZh, title: true },
      { text: row.officialNumber },
      { text: row.summaryEn },
      { text: row.summaryZh },
      { text: row.fullTextEn },
      { text: row.fullTextZh },
      ...names.map((text) => ({ text, name: true })),
      ...topics.flatMap((topic) => [{ text: topic.nameEn }, { text: topic.nameZh }]),
    ],
  };
}

interface Owner {
  id: string;
  slug: string;
  title: string;
  year: number;
  body: SubmissionRow["body"];
  facets: string[];
}

async function reindexAngles(tx: Tx, owner: Owner | null, submissionId: string): Promise<void> {
  await removeWhere(tx, { submissionId, kind: "angle" });
  if (!owner) return;
  const angles = await tx.angle.findMany({
    where: { submissionId, ...visible },
    select: {
      id: true, kind: true, strength: true, rationaleEn: true, rationaleZh: true, rightOfReply: true,
      publishedAt: true, updatedAt: true,
      organization: { select: { nameEn: true, nameZh: true, aliases: true, status: true, deletedAt: true } },
    },
  });
  for (const angle of angles) {
    const organization = isPublic(angle.organization) ? angle.organization : null;
    const row = buildDocument({
      kind: "angle",
      entityId: angle.id,
      submissionId,
      year: owner.year,
      body: owner.body,
      facets: owner.facets,
      href: `/submissions/${owner.slug}#angle-${angle.id}`,
      title: owner.title,
      ...angleSubtitles(angle.kind, angle.strength, organization),
      content: join([angle.rationaleEn, angle.rationaleZh, angle.rightOfReply]),
      sortAt: angle.publishedAt ?? angle.updatedAt,
      fields: [
        { text: angle.rationaleEn },
        { text: angle.rationaleZh },
        { text: angle.rightOfReply },
        ...(organization ? [organization.nameEn, organization.nameZh, ...organization.aliases].map((text) => ({ text, name: true })) : []),
      ],
    });
    await tx.searchDocument.create({ data: row });
  }
}

async function reindexReplies(tx: Tx, owner: Owner | null, submissionId: string): Promise<void> {
  await removeWhere(tx, { submissionId, kind: "reply" });
  if (!owner) return;
  const replies = await tx.reply.findMany({
    where: { ...visible, referral: { submissionId, ...visible } },
    select: {
      id: true, repliedOn: true, referenceNumber: true, result: true, summaryEn: true, summaryZh: true,
      textEn: true, textZh: true, signalEn: true, signalZh: true, publishedAt: true,
      referral: { select: { ministry: { select: { nameEn: true, nameZh: true, aliases: true, status: true, deletedAt: true } } } },
    },
  });
  for (const reply of replies) {
    const ministry = isPublic(reply.referral.ministry) ? reply.referral.ministry : null;
    const row = buildDocument({
      kind: "reply",
      entityId: reply.id,
      submissionId,
      year: owner.year,
      body: owner.body,
      facets: owner.facets,
      href: `/submissions/${owner.slug}#reply-${reply.id}`,
      title: owner.title,
      ...replySubtitles(ministry, reply.result),
      content: join([reply.summaryEn, reply.summaryZh, reply.signalEn, reply.signalZh, reply.textEn, reply.textZh]),
      sortAt: reply.publishedAt ?? reply.repliedOn,
      fields: [
        { text: reply.referenceNumber },
        { text: reply.summaryEn },
        { text: reply.summaryZh },
        { text: reply.signalEn },
        { text: reply.signalZh },
        { text: reply.textEn },
        { text: reply.textZh },
        ...(ministry ? [ministry.nameEn, ministry.nameZh, ...ministry.aliases].map((text) => ({ text, name: true })) : []),
      ],
    });
    await tx.searchDocument.create({ data: row });
  }
}

/**
 * A public note: visibility PUBLIC, approved, not deleted, on a public submission (or on a public
 * reply of it), still attached to its passage, and not a staff reply in a thread. Private and desk
 * notes never enter the index.
 */
async function reindexNotes(tx: Tx, owner: Owner | null, submissionId: string): Promise<void> {
  await removeWhere(tx, { submissionId, kind: "note" });
  if (!owner) return;
  const notes = await tx.note.findMany({
    where: {
      visibility: "PUBLIC",
      approvedAt: { not: null },
      deletedAt: null,
      detached: false,
      parentId: null,
      OR: [{ submissionId }, { reply: { ...visible, referral: { submissionId, ...visible } } }],
    },
    select: { id: true, body: true, quote: true, approvedAt: true, updatedAt: true },
  });
  for (const note of notes) {
    const row = buildDocument({
      kind: "note",
      entityId: note.id,
      submissionId,
      year: owner.year,
      body: owner.body,
      facets: owner.facets,
      href: `/submissions/${owner.slug}#note-${note.id}`,
      title: owner.title,
      ...noteSubtitles,
      content: join([note.body, note.quote]),
      sortAt: note.approvedAt ?? note.updatedAt,
      fields: [{ text: note.body }, { text: note.quote }],
    });
    await tx.searchDocument.create({ data: row });
  }
}

/** A submission and its angles, replies and public notes. Call after every write that touches them. */
export async function reindexSubmission(tx: Tx, id: string): Promise<void> {
  const row = await tx.submission.findUnique({ where: { id }, select: submissionSelect });
  const shown = row && isPublic(row) && isPublic(row.session);
  await put(tx, documentId("submission", id), shown ? buildDocument(submissionDocument(row)) : null);
  const owner = shown
    ? { id, slug: row.slug, title: submissionTitle(row), year: row.session.year, body: row.body, facets: submissionFacets(row) }
    : null;
  await reindexAngles(tx, owner, id);
  await reindexReplies(tx, owner, id);
  await reindexNotes(tx, owner, id);
}

