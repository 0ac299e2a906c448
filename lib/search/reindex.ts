import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { BODY_LABELS } from "@/lib/format/labels";
import { buildDocument, documentId, type DocumentInput, type SearchDocumentRow } from "@/lib/search/document";

// Keeps the search index current. Every write path calls one of these inside its own transaction,
// right after writing the record, so the index never disagrees with what was committed:
//   reindexSubmission(tx, id)     a submission and everything hanging from it (angles, replies, notes)
//   reindexPerson / reindexOrganization / reindexTopic(tx, id)
//                                 the record and the submissions that show its name
//   reindexSession(tx, id)        every submission of the session (publishing or hiding a session)
//   rebuildSearchIndex(tx)        everything (seed, backfill, after a change to the tokenizer)
// A record that is not public (draft, unpublished, deleted, private note, or hanging from a hidden
// parent) is removed from the index: the index holds only what a reader may see.

type Tx = Prisma.TransactionClient;

const visible = { status: "PUBLISHED", deletedAt: null } as const;
const nameSelect = { nameEn: true, nameZh: true, pinyin: true, aliases: true } as const;

function join(parts: Array<string | null | undefined>, separator = "\n"): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}

async function put(tx: Tx, id: string, row: SearchDocumentRow | null): Promise<void> {
  await tx.searchDocument.deleteMany({ where: { id } });
  if (row) await tx.searchDocument.create({ data: row });
}

async function removeWhere(tx: Tx, where: Prisma.SearchDocumentWhereInput): Promise<void> {
  await tx.searchDocument.deleteMany({ where });
}

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
  topics: { select: { topic: { select: { nameEn: true, nameZh: true, status: true, deletedAt: true } } } },
} satisfies Prisma.SubmissionSelect;

type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

const isPublic = (row: { status: string; deletedAt: Date | null } | null | undefined) =>
  Boolean(row && row.status === "PUBLISHED" && row.deletedAt === null);

function submissionTitle(row: { titleEn: string | null; titleZh: string | null; slug: string }): string {
  return row.titleEn ?? row.titleZh ?? row.slug;
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
    .map((party) => (isPublic(party.person) ? party.person?.nameEn : party.organization?.nameEn));
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
    subtitle: join([`${row.session.year} ${BODY_LABELS[row.body].kindEn}`, join(submitters, ", ")], " · "),
    content: join([row.summaryEn, row.summaryZh, row.fullTextEn, row.fullTextZh]),
    sortAt: row.publishedAt ?? row.updatedAt,
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
    const label = `${angle.kind === "BUSINESS_INTEREST" ? "Business interest" : "Policy echo"}, ${angle.strength.toLowerCase()}`;
    const row = buildDocument({
      kind: "angle",
      entityId: angle.id,
      submissionId,
      year: owner.year,
      body: owner.body,
      href: `/submissions/${owner.slug}#angle-${angle.id}`,
      title: owner.title,
      subtitle: join([label, organization?.nameEn], " · "),
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
      href: `/submissions/${owner.slug}#reply-${reply.id}`,
      title: owner.title,
      subtitle: join([ministry ? `Reply from ${ministry.nameEn}` : "Reply", reply.result ? `class ${reply.result}` : null], " · "),
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
 * reply of it). Private and desk notes never enter the index.
 */
async function reindexNotes(tx: Tx, owner: Owner | null, submissionId: string): Promise<void> {
  await removeWhere(tx, { submissionId, kind: "note" });
  if (!owner) return;
  const notes = await tx.note.findMany({
    where: {
      visibility: "PUBLIC",
      approvedAt: { not: null },
      deletedAt: null,
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
      href: `/submissions/${owner.slug}#note-${note.id}`,
      title: owner.title,
      subtitle: "Reporter's note",
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
  const owner = shown ? { id, slug: row.slug, title: submissionTitle(row), year: row.session.year, body: row.body } : null;
  await reindexAngles(tx, owner, id);
  await reindexReplies(tx, owner, id);
  await reindexNotes(tx, owner, id);
}

async function reindexSubmissions(tx: Tx, where: Prisma.SubmissionWhereInput): Promise<void> {
  const rows = await tx.submission.findMany({ where, select: { id: true } });
  for (const row of rows) await reindexSubmission(tx, row.id);
}

// ---------------------------------------------------------------- named records

export async function reindexPerson(tx: Tx, id: string, options: { cascade?: boolean } = {}): Promise<void> {
  const person = await tx.person.findUnique({
    where: { id },
    select: {
      id: true, slug: true, ...nameSelect, bioEn: true, bioZh: true, status: true, deletedAt: true,
      publishedAt: true, updatedAt: true,
      affiliations: { select: { title: true, organization: { select: { nameEn: true, status: true, deletedAt: true } } } },
    },
  });
  let row: SearchDocumentRow | null = null;
  if (person && isPublic(person)) {
    const roles = person.affiliations
      .filter((affiliation) => isPublic(affiliation.organization))
      .map((affiliation) => `${affiliation.title}, ${affiliation.organization.nameEn}`);
    row = buildDocument({
      kind: "person",
      entityId: id,
      href: `/people/${person.slug}`,
      title: person.nameEn,
      titleZh: person.nameZh,
      subtitle: join([person.pinyin && person.pinyin !== person.nameEn ? person.pinyin : null, ...roles], " · "),
      content: join([person.aliases.length > 0 ? `Also known as ${person.aliases.join(", ")}` : null, person.bioEn, person.bioZh]),
      sortAt: person.publishedAt ?? person.updatedAt,
      fields: [
        { text: person.nameEn, title: true, name: true },
        { text: person.nameZh, title: true, name: true },
        { text: person.pinyin, title: true, name: true },
        ...person.aliases.map((text) => ({ text, title: true, name: true })),
        { text: person.bioEn },
        { text: person.bioZh },
      ],
    });
  }
  await put(tx, documentId("person", id), row);
  if (options.cascade !== false) await reindexSubmissions(tx, { parties: { some: { personId: id } } });
}

export async function reindexOrganization(tx: Tx, id: string, options: { cascade?: boolean } = {}): Promise<void> {
  const org = await tx.organization.findUnique({
    where: { id },
    select: {
      id: true, slug: true, kind: true, nameEn: true, nameZh: true, aliases: true, sectors: true,
      descriptionEn: true, descriptionZh: true, status: true, deletedAt: true, publishedAt: true, updatedAt: true,
      interests: { select: { labelEn: true, labelZh: true } },
    },
  });
  // The kind can change (a company recorded as a ministry by mistake): drop both possible rows.
  await removeWhere(tx, { id: { in: [documentId("organization", id), documentId("ministry", id)] } });
  if (org && isPublic(org)) {
    const ministry = org.kind === "MINISTRY";
    const row = buildDocument({
      kind: ministry ? "ministry" : "organization",
      entityId: id,
      href: `/${ministry ? "ministries" : "organizations"}/${org.slug}`,
      title: org.nameEn,
      titleZh: org.nameZh,
      subtitle: ministry ? "Ministry or agency" : join(org.sectors, ", "),
      content: join([
        org.aliases.length > 0 ? `Also known as ${org.aliases.join(", ")}` : null,
        org.descriptionEn,
        org.descriptionZh,
        ...org.interests.flatMap((interest) => [interest.labelEn, interest.labelZh]),
      ]),
      sortAt: org.publishedAt ?? org.updatedAt,
      fields: [
        { text: org.nameEn, title: true, name: true },
        { text: org.nameZh, title: true, name: true },
        ...org.aliases.map((text) => ({ text, title: true, name: true })),
        ...org.sectors.map((text) => ({ text })),
        { text: org.descriptionEn },
        { text: org.descriptionZh },
        ...org.interests.flatMap((interest) => [{ text: interest.labelEn }, { text: interest.labelZh }]),
      ],
    });
    await tx.searchDocument.create({ data: row });
  }
  if (options.cascade !== false) {
    await reindexSubmissions(tx, {
      OR: [
        { parties: { some: { organizationId: id } } },
        { angles: { some: { organizationId: id } } },
        { referrals: { some: { ministryId: id } } },
      ],
    });
  }
}

export async function reindexTopic(tx: Tx, id: string, options: { cascade?: boolean } = {}): Promise<void> {
  const topic = await tx.topic.findUnique({
    where: { id },
    select: {
      id: true, slug: true, nameEn: true, nameZh: true, descriptionEn: true, descriptionZh: true, status: true,
      deletedAt: true, publishedAt: true, updatedAt: true,
    },
  });
  const row =
    topic && isPublic(topic)
      ? buildDocument({
          kind: "topic",
          entityId: id,
          href: `/topics/${topic.slug}`,
          title: topic.nameEn,
          titleZh: topic.nameZh,
          content: join([topic.descriptionEn, topic.descriptionZh]),
          sortAt: topic.publishedAt ?? topic.updatedAt,
          fields: [
            { text: topic.nameEn, title: true, name: true },
            { text: topic.nameZh, title: true, name: true },
            { text: topic.descriptionEn },
            { text: topic.descriptionZh },
          ],
        })
      : null;
  await put(tx, documentId("topic", id), row);
  if (options.cascade !== false) await reindexSubmissions(tx, { topics: { some: { topicId: id } } });
}

/** Publishing, unpublishing or deleting a session shows or hides all its submissions. */
export async function reindexSession(tx: Tx, id: string): Promise<void> {
  await reindexSubmissions(tx, { sessionId: id });
}

/** Throws the whole index away and builds it again from the records. */
export async function rebuildSearchIndex(tx: Tx): Promise<number> {
  await tx.searchDocument.deleteMany({});
  const [people, organizations, topics] = await Promise.all([
    tx.person.findMany({ where: visible, select: { id: true } }),
    tx.organization.findMany({ where: visible, select: { id: true } }),
    tx.topic.findMany({ where: visible, select: { id: true } }),
  ]);
  for (const { id } of people) await reindexPerson(tx, id, { cascade: false });
  for (const { id } of organizations) await reindexOrganization(tx, id, { cascade: false });
  for (const { id } of topics) await reindexTopic(tx, id, { cascade: false });
  await reindexSubmissions(tx, { ...visible, session: visible });
  return tx.searchDocument.count();
}

/**
 * Builds the index of a database that has public records but no index yet (one created before
 * search existed); null when there was nothing to do.
 */
export async function ensureSearchIndex(prisma: PrismaClient): Promise<number | null> {
  if ((await prisma.searchDocument.count()) > 0) return null;
  const published = await prisma.submission.count({ where: visible });
  const named = await prisma.person.count({ where: visible });
  if (published === 0 && named === 0) return null;
  return prisma.$transaction((tx) => rebuildSearchIndex(tx), { maxWait: 30_000, timeout: 600_000 });
}
