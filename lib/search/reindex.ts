import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { buildDocument, documentId, type SearchDocumentRow } from "@/lib/search/document";
import { reindexSubmission } from "@/lib/search/reindex-submission";
import { isPublic, join, put, removeWhere, visible, type Tx } from "@/lib/search/reindex-shared";
import { organizationSubtitles, personSubtitles } from "@/lib/search/subtitles";

// Keeps the search index current. Every write path calls one of these inside its own transaction,
// right after writing the record, so the index never disagrees with what was committed:
//   reindexSubmission(tx, id)     a submission and everything hanging from it (angles, replies, notes)
//   reindexPerson / reindexOrganization / reindexTopic(tx, id)
//                                 the record and the submissions that show its name
//   reindexSession(tx, id)        every submission of the session (publishing or hiding a session)
//   rebuildSearchIndex(tx)        everything (seed, backfill, after a change to the tokenizer)
// A record that is not public (draft, unpublished, deleted, private note, or hanging from a hidden
// parent) is removed from the index: the index holds only what a reader may see.

export { reindexSubmission };

const nameSelect = { nameEn: true, nameZh: true, pinyin: true, aliases: true } as const;

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
      affiliations: { select: { title: true, organization: { select: { nameEn: true, nameZh: true, status: true, deletedAt: true } } } },
    },
  });
  let row: SearchDocumentRow | null = null;
  if (person && isPublic(person)) {
    const roles = person.affiliations.filter((affiliation) => isPublic(affiliation.organization));
    row = buildDocument({
      kind: "person",
      entityId: id,
      href: `/people/${person.slug}`,
      title: person.nameEn,
      titleZh: person.nameZh,
      ...personSubtitles(person.pinyin, person.nameEn, roles),
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
      ...organizationSubtitles(ministry, org.sectors),
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
