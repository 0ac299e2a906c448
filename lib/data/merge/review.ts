import "server-only";
import { canMerge } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeAction, type MergeReport } from "./merge";
import type { MergeType } from "./moves";

// Reading merges back for review (editors and admins): the audit entry of each merge holds both
// records as they were and every row that moved. The rows that moved still exist, so they are
// named here as a person would recognise them.

const actions = [mergeAction("Person"), mergeAction("Organization")];

export interface MergeSummary {
  id: string;
  at: Date;
  actorEmail: string | null;
  type: MergeType;
  report: MergeReport;
}

export const relationLabels: Record<string, string> = {
  memberships: "Seats (memberships)",
  affiliations: "Roles (affiliations)",
  parties: "Submissions signed (submitter or co-signer)",
  citations: "Sources cited",
  interests: "Business interests",
  referrals: "Referrals received (as ministry)",
  angles: "Angles naming it",
  materialTopics: "Material topics",
  slugRedirects: "Old addresses redirecting here",
  corrections: "Public correction notes",
};

function summary(row: { id: string; at: Date; actorEmail: string | null; entityType: string | null; after: Prisma.JsonValue }): MergeSummary | null {
  const report = (row.after as { merge?: MergeReport } | null)?.merge;
  if (!report || (row.entityType !== "Person" && row.entityType !== "Organization")) return null;
  return { id: row.id, at: row.at, actorEmail: row.actorEmail, type: row.entityType, report };
}

const select = { id: true, at: true, actorEmail: true, entityType: true, after: true } as const;

/** The latest merges, or those into one record. */
export async function listMerges(options: { keepId?: string; take?: number } = {}): Promise<MergeSummary[]> {
  await requirePermission(canMerge);
  const rows = await db.auditEntry.findMany({
    where: { action: { in: actions }, ...(options.keepId ? { entityId: options.keepId } : {}) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: options.take ?? 100,
    select,
  });
  return rows.flatMap((row) => summary(row) ?? []);
}

export async function getMerge(id: string): Promise<MergeSummary | null> {
  await requirePermission(canMerge);
  const row = await db.auditEntry.findFirst({ where: { id, action: { in: actions } }, select });
  return row ? summary(row) : null;
}

const subTitle = (s: { titleEn: string | null; titleZh: string | null; session: { year: number } }) => `${s.session.year}: ${s.titleEn ?? s.titleZh ?? "Untitled submission"}`;
const subSelect = { titleEn: true, titleZh: true, session: { select: { year: true } } } as const;

/** Lines naming the rows that moved, per relation (rows folded into another are counted only). */
export async function describeMoved(report: MergeReport): Promise<Record<string, string[]>> {
  await requirePermission(canMerge);
  const ids = (relation: string) => report.relations.find((r) => r.relation === relation)?.moved ?? [];
  const [parties, memberships, affiliations, referrals, angles, interests] = await Promise.all([
    db.submissionParty.findMany({ where: { id: { in: ids("parties") } }, select: { role: true, submission: { select: subSelect } } }),
    db.membership.findMany({ where: { id: { in: ids("memberships") } }, select: { body: true, fromYear: true, toYear: true } }),
    db.affiliation.findMany({ where: { id: { in: ids("affiliations") } }, select: { title: true, person: { select: { nameEn: true } }, organization: { select: { nameEn: true } } } }),
    db.referral.findMany({ where: { id: { in: ids("referrals") } }, select: { role: true, submission: { select: subSelect } } }),
    db.angle.findMany({ where: { id: { in: ids("angles") } }, select: { strength: true, submission: { select: subSelect } } }),
    db.interest.findMany({ where: { id: { in: ids("interests") } }, select: { labelEn: true } }),
  ]);
  return {
    parties: parties.map((p) => `${subTitle(p.submission)} (${p.role === "SUBMITTER" ? "submitter" : "co-signer"})`),
    memberships: memberships.map((m) => `${m.body} ${m.fromYear ?? "?"}–${m.toYear ?? ""}`),
    affiliations: affiliations.map((a) => `${a.person.nameEn}: ${a.title}, ${a.organization.nameEn}`),
    referrals: referrals.map((r) => `${subTitle(r.submission)} (${r.role.toLowerCase()})`),
    angles: angles.map((a) => `${subTitle(a.submission)} (${a.strength.toLowerCase()})`),
    interests: interests.map((i) => i.labelEn),
  };
}

export interface MergeCandidate {
  id: string;
  title: string;
  slug: string;
  status: string;
  version: number;
}

/** Records of the same type whose names contain what was typed, for choosing the duplicate. */
export async function findMergeCandidates(type: MergeType, keepId: string, query: string): Promise<MergeCandidate[]> {
  await requirePermission(canMerge);
  const text = query.trim().slice(0, 100);
  if (!text) return [];
  const contains = { contains: text, mode: "insensitive" as const };
  const names = [{ nameEn: contains }, { nameZh: contains }, { slug: contains }, { aliases: { has: text } }];
  const select = { id: true, nameEn: true, nameZh: true, slug: true, status: true, version: true } as const;
  const rows = type === "Person"
    ? await db.person.findMany({ where: { id: { not: keepId }, OR: [...names, { pinyin: contains }] }, select, take: 20, orderBy: { nameEn: "asc" } })
    : await db.organization.findMany({ where: { id: { not: keepId }, OR: names }, select, take: 20, orderBy: { nameEn: "asc" } });
  return rows.map((row) => ({ id: row.id, title: [row.nameEn, row.nameZh].filter(Boolean).join(" "), slug: row.slug, status: row.status, version: row.version }));
}
