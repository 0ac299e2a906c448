import "server-only";
import { canImport } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { freeSlug } from "@/lib/data/records/slugs";
import { recordSave } from "@/lib/data/records/versioning";
import { db } from "@/lib/db";
import { bilingualNameText } from "@/lib/format/labels";
import { AppError } from "@/lib/errors";
import type { UnmatchedNameKind, UnmatchedNameStatus } from "@/lib/generated/prisma/enums";
import { hanSyllables } from "@/lib/search/text";

// The queue of names from imported files that matched no record. An editor links a name to an
// existing person, organization or ministry, creates a new (draft) record from it, or ignores it;
// the next run of the import then resolves the name that way. Editors and admins only.

export interface UnmatchedNameRow {
  id: string;
  kind: UnmatchedNameKind;
  name: string;
  status: UnmatchedNameStatus;
  firstSeenIn: string;
  seenCount: number;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  linkedTo: string | null;
}

export async function listUnmatchedNames(status: UnmatchedNameStatus | "RESOLVED" = "OPEN"): Promise<UnmatchedNameRow[]> {
  await requirePermission(canImport);
  const rows = await db.unmatchedName.findMany({
    where: status === "RESOLVED" ? { status: { not: "OPEN" } } : { status },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  const personIds = rows.flatMap((row) => (row.personId ? [row.personId] : []));
  const organizationIds = rows.flatMap((row) => (row.organizationId ? [row.organizationId] : []));
  const [people, organizations] = await Promise.all([
    personIds.length ? db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, nameEn: true, nameZh: true } }) : [],
    organizationIds.length ? db.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, nameEn: true, nameZh: true } }) : [],
  ]);
  const names = new Map([...people, ...organizations].map((record) => [record.id, bilingualNameText(record, "en")]));
  return rows.map((row) => ({
    id: row.id, kind: row.kind, name: row.name, status: row.status, firstSeenIn: row.firstSeenIn, seenCount: row.seenCount,
    resolvedBy: row.resolvedBy, resolvedAt: row.resolvedAt, linkedTo: names.get(row.personId ?? row.organizationId ?? "") ?? null,
  }));
}

async function openEntry(id: string) {
  const entry = await db.unmatchedName.findUnique({ where: { id } });
  if (!entry) throw new AppError("That name is no longer in the queue.", {}, "not_found");
  if (entry.status !== "OPEN") throw new AppError(`"${entry.name}" was already resolved by ${entry.resolvedBy ?? "someone"}.`, {}, "conflict");
  return entry;
}

/** Links the name to a record: a person or organization for submitters, a ministry for ministries. */
export async function linkUnmatchedName(id: string, target: { type: "person" | "organization"; recordId: string }): Promise<void> {
  const user = await requirePermission(canImport);
  const entry = await openEntry(id);
  const record = target.type === "person"
    ? await db.person.findFirst({ where: { id: target.recordId, deletedAt: null }, select: { id: true } })
    : await db.organization.findFirst({ where: { id: target.recordId, deletedAt: null, ...(entry.kind === "MINISTRY" ? { kind: "MINISTRY" } : { kind: { not: "MINISTRY" } }) }, select: { id: true } });
  if (!record || (entry.kind === "MINISTRY" && target.type === "person")) {
    throw new AppError("Some fields need attention.", { recordId: [entry.kind === "MINISTRY" ? "Choose a ministry." : "Choose a person or an organization."] });
  }
  await db.$transaction(async (tx) => {
    const done = await tx.unmatchedName.updateMany({
      where: { id, status: "OPEN" },
      data: { status: "LINKED", personId: target.type === "person" ? record.id : null, organizationId: target.type === "organization" ? record.id : null, resolvedBy: user.email, resolvedAt: new Date() },
    });
    if (done.count !== 1) throw new AppError(`"${entry.name}" was resolved by someone else meanwhile.`, {}, "conflict");
    await recordAudit({ actor: user, action: "import.name_link", entityType: "UnmatchedName", entityId: id, after: { name: entry.name, ...target } }, tx);
  });
}

/** "马化腾" -> "Ma Huateng": a first English name for a record created from a Chinese name. */
function englishFrom(name: string): string {
  if (!/[\u3400-\u9fff]/.test(name)) return name;
  const syllables = hanSyllables(name, true).filter(Boolean);
  if (!syllables.length) return name;
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return syllables.length <= 4 ? `${cap(syllables[0])} ${cap(syllables.slice(1).join(""))}`.trim() : syllables.map(cap).join(" ");
}

/** Creates a draft person (or organization, or ministry) named as in the file, and links the name to it. */
export async function createFromUnmatchedName(id: string, as: "person" | "organization"): Promise<{ type: "person" | "organization"; id: string }> {
  const user = await requirePermission(canImport);
  const entry = await openEntry(id);
  const type = entry.kind === "MINISTRY" ? "organization" : as;
  const han = /[\u3400-\u9fff]/.test(entry.name);
  const nameEn = englishFrom(entry.name);
  const nameZh = han ? entry.name : null;
  return db.$transaction(async (tx) => {
    const claimed = await tx.unmatchedName.updateMany({ where: { id, status: "OPEN" }, data: { status: "CREATED", resolvedBy: user.email, resolvedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError(`"${entry.name}" was resolved by someone else meanwhile.`, {}, "conflict");
    if (type === "person") {
      const slug = await freeSlug(tx, "Person", tx.person, nameEn, null);
      const person = await tx.person.create({ data: { slug, nameEn, nameZh, pinyin: han ? nameEn : null, status: "DRAFT" } });
      await tx.unmatchedName.update({ where: { id }, data: { personId: person.id } });
      await recordSave(tx, user, { type: "Person", id: person.id, action: "person.create", before: null, after: person });
      return { type, id: person.id };
    }
    const slug = await freeSlug(tx, "Organization", tx.organization, nameEn, null);
    const organization = await tx.organization.create({ data: { slug, nameEn, nameZh, kind: entry.kind === "MINISTRY" ? "MINISTRY" : "GROUP", status: "DRAFT" } });
    await tx.unmatchedName.update({ where: { id }, data: { organizationId: organization.id } });
    await recordSave(tx, user, { type: "Organization", id: organization.id, action: "organization.create", before: null, after: organization });
    return { type, id: organization.id };
  });
}

export async function ignoreUnmatchedName(id: string): Promise<void> {
  const user = await requirePermission(canImport);
  const entry = await openEntry(id);
  await db.$transaction(async (tx) => {
    const done = await tx.unmatchedName.updateMany({ where: { id, status: "OPEN" }, data: { status: "IGNORED", resolvedBy: user.email, resolvedAt: new Date() } });
    if (done.count !== 1) throw new AppError(`"${entry.name}" was resolved by someone else meanwhile.`, {}, "conflict");
    await recordAudit({ actor: user, action: "import.name_ignore", entityType: "UnmatchedName", entityId: id, after: { name: entry.name } }, tx);
  });
}

/** Candidates to link to: for a ministry name, ministries; otherwise people and other organizations. */
export async function getLinkCandidates() {
  await requirePermission(canImport);
  const named = { id: true, nameEn: true, nameZh: true, aliases: true } as const;
  const [people, organizations] = await Promise.all([
    db.person.findMany({ where: { deletedAt: null }, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: named }),
    db.organization.findMany({ where: { deletedAt: null }, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: { ...named, kind: true } }),
  ]);
  const label = (record: { nameEn: string; nameZh: string | null; aliases: string[] }) => [record.nameEn, record.nameZh, ...record.aliases].filter(Boolean).join(" · ");
  return {
    parties: [
      ...people.map((person) => ({ value: `person:${person.id}`, label: label(person), group: "People" })),
      ...organizations.filter((org) => org.kind !== "MINISTRY").map((org) => ({ value: `organization:${org.id}`, label: label(org), group: "Organizations" })),
    ],
    ministries: organizations.filter((org) => org.kind === "MINISTRY").map((org) => ({ value: `organization:${org.id}`, label: label(org), group: "Ministries" })),
  };
}
