import "server-only";
import type { Tx } from "@/lib/data/records/versioning";

// How each relation of a person or an organization moves from the duplicate to the record kept.
// A row the kept record already has an equivalent of (the same membership, the same source cited,
// the same submission signed) is merged into that one instead of copied, so nothing shows twice
// and no unique constraint collides. Every mover returns what it did, for the preview and the
// audit entry. tests/integration/merge-relations.test.ts fails when a relation is added to Person
// or Organization in schema.prisma without a mover here.

export type MergeType = "Person" | "Organization";

export interface MovedRelation {
  /** The relation field on the model, as in schema.prisma. */
  relation: string;
  /** Rows now pointing at the kept record. */
  moved: string[];
  /** Rows of the duplicate folded into an equivalent row of the kept record (then removed). */
  merged: string[];
}

type Column = "personId" | "organizationId";
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** Citations of one parent row move to another, skipping sources the target already cites alike. */
async function moveCitations(tx: Tx, column: string, fromId: string, toId: string): Promise<MovedRelation> {
  const rows = await tx.citation.findMany({ where: { [column]: fromId }, select: { id: true, sourceId: true, locator: true } });
  const existing = await tx.citation.findMany({ where: { [column]: toId }, select: { sourceId: true, locator: true } });
  const result: MovedRelation = { relation: "citations", moved: [], merged: [] };
  for (const row of rows) {
    if (existing.some((other) => other.sourceId === row.sourceId && same(other.locator, row.locator))) {
      await tx.citation.delete({ where: { id: row.id } });
      result.merged.push(row.id);
    } else {
      await tx.citation.update({ where: { id: row.id }, data: { [column]: toId } });
      existing.push(row);
      result.moved.push(row.id);
    }
  }
  return result;
}

async function moveParties(tx: Tx, column: Column, fromId: string, toId: string): Promise<MovedRelation> {
  const rows = await tx.submissionParty.findMany({ where: { [column]: fromId }, select: { id: true, submissionId: true, role: true, position: true } });
  const result: MovedRelation = { relation: "parties", moved: [], merged: [] };
  for (const row of rows) {
    const kept = await tx.submissionParty.findFirst({ where: { [column]: toId, submissionId: row.submissionId }, select: { id: true, role: true, position: true } });
    if (kept) {
      // Both signed the same submission: one party remains, a submitter rather than a co-signer.
      if (row.role === "SUBMITTER" && kept.role !== "SUBMITTER") {
        await tx.submissionParty.update({ where: { id: kept.id }, data: { role: "SUBMITTER", position: Math.min(kept.position, row.position) } });
      }
      await tx.submissionParty.delete({ where: { id: row.id } });
      result.merged.push(row.id);
    } else {
      await tx.submissionParty.update({ where: { id: row.id }, data: { [column]: toId } });
      result.moved.push(row.id);
    }
  }
  return result;
}

async function moveAffiliations(tx: Tx, column: Column, fromId: string, toId: string): Promise<MovedRelation> {
  const other: Column = column === "personId" ? "organizationId" : "personId";
  const rows = await tx.affiliation.findMany({ where: { [column]: fromId }, select: { id: true, personId: true, organizationId: true, title: true, fromYear: true, toYear: true } });
  const result: MovedRelation = { relation: "affiliations", moved: [], merged: [] };
  for (const row of rows) {
    const kept = await tx.affiliation.findFirst({
      where: { [column]: toId, [other]: row[other], title: row.title, fromYear: row.fromYear, toYear: row.toYear },
      select: { id: true },
    });
    if (kept) {
      await moveCitations(tx, "affiliationId", row.id, kept.id);
      await tx.affiliation.delete({ where: { id: row.id } });
      result.merged.push(row.id);
    } else {
      await tx.affiliation.update({ where: { id: row.id }, data: { [column]: toId, version: { increment: 1 } } });
      result.moved.push(row.id);
    }
  }
  return result;
}

async function moveMemberships(tx: Tx, fromId: string, toId: string): Promise<MovedRelation> {
  const rows = await tx.membership.findMany({ where: { personId: fromId }, select: { id: true, body: true, fromYear: true, toYear: true } });
  const result: MovedRelation = { relation: "memberships", moved: [], merged: [] };
  for (const row of rows) {
    const kept = await tx.membership.findFirst({ where: { personId: toId, body: row.body, fromYear: row.fromYear, toYear: row.toYear }, select: { id: true } });
    if (kept) {
      await moveCitations(tx, "membershipId", row.id, kept.id);
      await tx.membership.delete({ where: { id: row.id } });
      result.merged.push(row.id);
    } else {
      await tx.membership.update({ where: { id: row.id }, data: { personId: toId, version: { increment: 1 } } });
      result.moved.push(row.id);
    }
  }
  return result;
}

async function moveInterests(tx: Tx, fromId: string, toId: string): Promise<MovedRelation> {
  const rows = await tx.interest.findMany({ where: { organizationId: fromId }, select: { id: true, kind: true, labelEn: true } });
  const kept = await tx.interest.findMany({ where: { organizationId: toId }, select: { id: true, kind: true, labelEn: true } });
  const result: MovedRelation = { relation: "interests", moved: [], merged: [] };
  for (const row of rows) {
    const twin = kept.find((k) => k.kind === row.kind && k.labelEn.trim().toLowerCase() === row.labelEn.trim().toLowerCase());
    if (twin) {
      // Angles that cite the duplicate's interest now cite the kept one.
      await tx.angle.updateMany({ where: { interestId: row.id }, data: { interestId: twin.id } });
      await moveCitations(tx, "interestId", row.id, twin.id);
      await tx.interest.delete({ where: { id: row.id } });
      result.merged.push(row.id);
    } else {
      await tx.interest.update({ where: { id: row.id }, data: { organizationId: toId, version: { increment: 1 } } });
      result.moved.push(row.id);
    }
  }
  return result;
}

async function moveReferrals(tx: Tx, fromId: string, toId: string): Promise<MovedRelation> {
  // Referrals carry replies and dates of their own: each one moves, none is folded into another.
  const rows = await tx.referral.findMany({ where: { ministryId: fromId }, select: { id: true } });
  await tx.referral.updateMany({ where: { ministryId: fromId }, data: { ministryId: toId } });
  return { relation: "referrals", moved: rows.map((row) => row.id), merged: [] };
}

async function moveAngles(tx: Tx, fromId: string, toId: string): Promise<MovedRelation> {
  const rows = await tx.angle.findMany({ where: { organizationId: fromId }, select: { id: true } });
  await tx.angle.updateMany({ where: { organizationId: fromId }, data: { organizationId: toId } });
  return { relation: "angles", moved: rows.map((row) => row.id), merged: [] };
}

async function moveMaterialTopics(tx: Tx, fromId: string, toId: string): Promise<MovedRelation> {
  const rows = await tx.materialTopic.findMany({ where: { organizationId: fromId }, select: { topicId: true } });
  const kept = new Set((await tx.materialTopic.findMany({ where: { organizationId: toId }, select: { topicId: true } })).map((row) => row.topicId));
  const result: MovedRelation = { relation: "materialTopics", moved: [], merged: [] };
  for (const row of rows) {
    // (organizationId, topicId) is the primary key: a topic both had stays once.
    if (kept.has(row.topicId)) result.merged.push(row.topicId);
    else {
      await tx.materialTopic.create({ data: { organizationId: toId, topicId: row.topicId } });
      result.moved.push(row.topicId);
    }
  }
  await tx.materialTopic.deleteMany({ where: { organizationId: fromId } });
  return result;
}

type Mover = (tx: Tx, fromId: string, toId: string) => Promise<MovedRelation>;

/** Every relation field of Person and Organization in schema.prisma, each with its mover. */
export const relationMovers: Record<MergeType, Record<string, Mover>> = {
  Person: {
    memberships: moveMemberships,
    affiliations: (tx, from, to) => moveAffiliations(tx, "personId", from, to),
    parties: (tx, from, to) => moveParties(tx, "personId", from, to),
    citations: (tx, from, to) => moveCitations(tx, "personId", from, to),
  },
  Organization: {
    interests: moveInterests,
    affiliations: (tx, from, to) => moveAffiliations(tx, "organizationId", from, to),
    parties: (tx, from, to) => moveParties(tx, "organizationId", from, to),
    referrals: moveReferrals,
    angles: moveAngles,
    materialTopics: moveMaterialTopics,
    citations: (tx, from, to) => moveCitations(tx, "organizationId", from, to),
  },
};

/**
 * References by type and id rather than by foreign key: the old address, public correction notes
 * and edit locks. Revisions and audit entries stay under the duplicate's id: they are its history.
 */
export async function moveLooseReferences(tx: Tx, type: MergeType, fromId: string, toId: string, oldSlug: string): Promise<MovedRelation[]> {
  const redirects = await tx.slugRedirect.findMany({ where: { entityType: type, entityId: fromId }, select: { id: true } });
  await tx.slugRedirect.updateMany({ where: { entityType: type, entityId: fromId }, data: { entityId: toId } });
  const created = await tx.slugRedirect.upsert({
    where: { entityType_oldSlug: { entityType: type, oldSlug } },
    create: { entityType: type, oldSlug, entityId: toId },
    update: { entityId: toId },
    select: { id: true },
  });
  const corrections = await tx.correction.findMany({ where: { entityType: type, entityId: fromId }, select: { id: true } });
  await tx.correction.updateMany({ where: { entityType: type, entityId: fromId }, data: { entityId: toId } });
  await tx.editLock.deleteMany({ where: { entityType: type, entityId: fromId } });
  return [
    { relation: "slugRedirects", moved: [...new Set([...redirects.map((row) => row.id), created.id])], merged: [] },
    { relation: "corrections", moved: corrections.map((row) => row.id), merged: [] },
  ];
}
