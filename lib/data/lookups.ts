import "server-only";
import { canDraft } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { bilingualNameText } from "@/lib/format/labels";
import type { OrganizationKind, PublicationStatus } from "@/lib/generated/prisma/enums";

// The choices the staff forms offer: sessions, people, organizations and topics not in the trash,
// drafts included (staff may link to a person an editor has not published yet). Only the fields
// a picker shows are selected.

export interface LookupOption {
  id: string;
  label: string;
  status: PublicationStatus;
}

export interface SubmissionLookups {
  sessions: Array<LookupOption & { year: number }>;
  people: LookupOption[];
  organizations: Array<LookupOption & { kind: OrganizationKind }>;
  topics: LookupOption[];
}

/** "Ma Huateng 马化腾": both names, so a picker can be searched in either script. */
const bilingual = (nameEn: string, nameZh: string | null) => bilingualNameText({ nameEn, nameZh }, "en");

export async function getSubmissionLookups(): Promise<SubmissionLookups> {
  await requirePermission(canDraft);
  const notDeleted = { deletedAt: null };
  const named = { id: true, nameEn: true, nameZh: true, status: true } as const;
  const [sessions, people, organizations, topics] = await Promise.all([
    db.session.findMany({ where: notDeleted, orderBy: { year: "desc" }, select: { id: true, year: true, status: true } }),
    db.person.findMany({ where: notDeleted, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: named }),
    db.organization.findMany({
      // Ministries receive referrals; they do not file proposals.
      where: { ...notDeleted, kind: { not: "MINISTRY" } },
      orderBy: [{ nameEn: "asc" }, { id: "asc" }],
      select: { ...named, kind: true },
    }),
    db.topic.findMany({ where: notDeleted, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: named }),
  ]);
  return {
    sessions: sessions.map((s) => ({ id: s.id, year: s.year, status: s.status, label: `${s.year} session` })),
    people: people.map((p) => ({ id: p.id, status: p.status, label: bilingual(p.nameEn, p.nameZh) })),
    organizations: organizations.map((o) => ({ id: o.id, kind: o.kind, status: o.status, label: bilingual(o.nameEn, o.nameZh) })),
    topics: topics.map((t) => ({ id: t.id, status: t.status, label: bilingual(t.nameEn, t.nameZh) })),
  };
}

export interface RecordLookups {
  people: LookupOption[];
  organizations: Array<LookupOption & { kind: OrganizationKind }>;
  ministries: LookupOption[];
  submissions: Array<LookupOption & { isComplex: boolean }>;
  referrals: Array<LookupOption & { referredOn: string }>;
  /** Organizations' business interests, for the angle form (filtered by the chosen organization). */
  interests: Array<{ id: string; label: string; organizationId: string }>;
  /** Topics, for marking the ones material to an organization. */
  topics: LookupOption[];
}

/** The choices of the referral, reply, membership and affiliation forms. */
export async function getRecordLookups(): Promise<RecordLookups> {
  await requirePermission(canDraft);
  const notDeleted = { deletedAt: null };
  const [people, organizations, submissions, referrals, interests, topics] = await Promise.all([
    db.person.findMany({ where: notDeleted, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: { id: true, nameEn: true, nameZh: true, status: true } }),
    db.organization.findMany({ where: notDeleted, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: { id: true, nameEn: true, nameZh: true, status: true, kind: true } }),
    db.submission.findMany({
      where: notDeleted,
      orderBy: [{ session: { year: "desc" } }, { titleEn: "asc" }, { id: "asc" }],
      take: 2000,
      select: { id: true, titleEn: true, titleZh: true, officialNumber: true, body: true, status: true, isComplex: true, session: { select: { year: true } } },
    }),
    db.referral.findMany({
      where: { ...notDeleted, submission: notDeleted },
      orderBy: [{ referredOn: "desc" }, { id: "asc" }],
      take: 2000,
      select: {
        id: true, status: true, referredOn: true,
        ministry: { select: { nameEn: true } },
        submission: { select: { titleEn: true, titleZh: true, officialNumber: true } },
      },
    }),
    db.interest.findMany({
      where: { organization: notDeleted },
      orderBy: [{ labelEn: "asc" }, { id: "asc" }],
      select: { id: true, organizationId: true, kind: true, labelEn: true, labelZh: true },
    }),
    db.topic.findMany({ where: notDeleted, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: { id: true, nameEn: true, nameZh: true, status: true } }),
  ]);
  return {
    people: people.map((p) => ({ id: p.id, status: p.status, label: bilingual(p.nameEn, p.nameZh) })),
    organizations: organizations.map((o) => ({ id: o.id, kind: o.kind, status: o.status, label: bilingual(o.nameEn, o.nameZh) })),
    ministries: organizations.filter((o) => o.kind === "MINISTRY").map((o) => ({ id: o.id, status: o.status, label: bilingual(o.nameEn, o.nameZh) })),
    submissions: submissions.map((s) => ({
      id: s.id,
      status: s.status,
      isComplex: s.isComplex,
      label: `${s.session.year} ${s.body}${s.officialNumber ? ` No. ${s.officialNumber}` : ""}: ${s.titleEn ?? s.titleZh ?? "untitled"}`,
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      status: r.status,
      referredOn: r.referredOn.toISOString().slice(0, 10),
      label: `${r.submission.titleEn ?? r.submission.titleZh ?? "untitled"} → ${r.ministry.nameEn} (${r.referredOn.toISOString().slice(0, 10)})`,
    })),
    interests: interests.map((i) => ({ id: i.id, organizationId: i.organizationId, label: `${bilingual(i.labelEn, i.labelZh)} (${i.kind.toLowerCase()})` })),
    topics: topics.map((t) => ({ id: t.id, status: t.status, label: bilingual(t.nameEn, t.nameZh) })),
  };
}
