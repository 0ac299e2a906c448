import "server-only";
import { canDraft } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, publicHref, type RecordType } from "@/lib/records/types";
import { dayValue } from "@/lib/validation/fields";
import type { Row } from "./define-record";
import { registry } from "./registry";

// One admin list for every record type: search, a status filter (and a kind filter for
// organizations), a few sorts, pages of 25, and each record's public address when it is public.

export const pageSize = 25;

export interface ListQuery {
  q?: string;
  status?: PublicationStatus;
  /** Organizations only: COMPANY, MINISTRY, PARTY, GROUP. */
  kind?: string;
  sort?: string;
  page?: number;
  /** Narrow to one parent, e.g. the replies of one referral or the memberships of one person. */
  parentId?: string;
}

export interface ListRow {
  id: string;
  title: string;
  detail: string;
  status: PublicationStatus | null;
  updatedAt: Date;
  publicHref: string | null;
  /** A referral past its due date with no reply. */
  overdue?: boolean;
}

export interface ListResult {
  rows: ListRow[];
  total: number;
  page: number;
  pageCount: number;
}

const text = (q: string) => ({ contains: q, mode: "insensitive" as const });

function searchWhere(type: RecordType, q: string): Row {
  switch (type) {
    case "Session":
      return /^\d{4}$/.test(q) ? { year: Number(q) } : { OR: [{ notesEn: text(q) }, { notesZh: text(q) }] };
    case "Person":
      return { OR: [{ nameEn: text(q) }, { nameZh: text(q) }, { pinyin: text(q) }, { slug: text(q) }, { aliases: { has: q } }] };
    case "Organization":
      return { OR: [{ nameEn: text(q) }, { nameZh: text(q) }, { slug: text(q) }, { aliases: { has: q } }, { sectors: { has: q } }] };
    case "Topic":
      return { OR: [{ nameEn: text(q) }, { nameZh: text(q) }, { slug: text(q) }] };
    case "Submission":
      return { OR: [{ titleEn: text(q) }, { titleZh: text(q) }, { officialNumber: text(q) }] };
    case "Referral":
      return {
        OR: [
          { submission: { OR: [{ titleEn: text(q) }, { titleZh: text(q) }, { officialNumber: text(q) }] } },
          { ministry: { OR: [{ nameEn: text(q) }, { nameZh: text(q) }] } },
        ],
      };
    case "Reply":
      return {
        OR: [
          { referenceNumber: text(q) }, { summaryEn: text(q) }, { summaryZh: text(q) },
          { referral: { ministry: { OR: [{ nameEn: text(q) }, { nameZh: text(q) }] } } },
        ],
      };
    case "Membership":
      return { person: { OR: [{ nameEn: text(q) }, { nameZh: text(q) }] } };
    case "Angle":
      return {
        OR: [
          { rationaleEn: text(q) }, { rationaleZh: text(q) },
          { submission: { OR: [{ titleEn: text(q) }, { titleZh: text(q) }, { officialNumber: text(q) }] } },
          { organization: { OR: [{ nameEn: text(q) }, { nameZh: text(q) }] } },
        ],
      };
    case "Affiliation":
      return { OR: [{ title: text(q) }, { person: { OR: [{ nameEn: text(q) }, { nameZh: text(q) }] } }, { organization: { OR: [{ nameEn: text(q) }, { nameZh: text(q) }] } }] };
  }
}

const parentColumn: Partial<Record<RecordType, string>> = {
  Referral: "submissionId",
  Reply: "referralId",
  Membership: "personId",
  Affiliation: "personId",
  Angle: "submissionId",
};

/** The sorts each list offers, by name; the first is the default. */
export const sorts: Record<RecordType, Record<string, { label: string; orderBy: Row[] }>> = {
  Session: { year: { label: "Year", orderBy: [{ year: "desc" }] }, updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Person: { name: { label: "Name", orderBy: [{ nameEn: "asc" }] }, updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Organization: { name: { label: "Name", orderBy: [{ nameEn: "asc" }] }, updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Topic: { name: { label: "Name", orderBy: [{ nameEn: "asc" }] }, updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Submission: {
    updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] },
    title: { label: "Title", orderBy: [{ titleEn: "asc" }] },
    number: { label: "Official number", orderBy: [{ officialNumber: "asc" }] },
  },
  Referral: {
    due: { label: "Due date", orderBy: [{ dueOn: "asc" }] },
    referred: { label: "Referred on", orderBy: [{ referredOn: "desc" }] },
    updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] },
  },
  Reply: { date: { label: "Reply date", orderBy: [{ repliedOn: "desc" }] }, updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Membership: { updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Affiliation: { updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] } },
  Angle: {
    updated: { label: "Last changed", orderBy: [{ updatedAt: "desc" }] },
    strength: { label: "Strength", orderBy: [{ strength: "desc" }] },
  },
};

const roleText: Record<string, string> = { LEAD: "Lead 主办", JOINT: "Joint 会办", REFERENCE: "For reference 参阅" };

function detail(type: RecordType, row: Row, today: string): { detail: string; overdue?: boolean } {
  switch (type) {
    case "Person":
      return { detail: [row.pinyin, ...((row.aliases as string[]) ?? [])].filter(Boolean).join(" · ") };
    case "Organization":
      return { detail: [String(row.kind).toLowerCase(), ...((row.sectors as string[]) ?? [])].join(" · ") };
    case "Session":
      return { detail: `${dayValue(row.startsOn as Date)} to ${dayValue(row.endsOn as Date)}` };
    case "Referral": {
      const due = dayValue(row.dueOn as Date);
      const answered = Number((row as { _count?: { replies?: number } })._count?.replies ?? 0) > 0;
      const overdue = !answered && due < today;
      return { detail: `${roleText[String(row.role)]} · referred ${dayValue(row.referredOn as Date)} · due ${due}${answered ? " · replied" : ""}`, overdue };
    }
    case "Submission": {
      const session = row.session as { year?: number } | undefined;
      return { detail: [session?.year, row.body, row.officialNumber ? `No. ${row.officialNumber}` : null, row.titleEn && row.titleZh ? row.titleZh : null].filter(Boolean).join(" · ") };
    }
    case "Angle": {
      const organization = row.organization as { nameEn?: string } | null;
      const author = row.author as { name?: string } | null;
      return { detail: [organization?.nameEn, author?.name ? `by ${author.name}` : null].filter(Boolean).join(" · ") };
    }
    case "Reply":
      return { detail: `Result ${row.result ?? "not classed"} · ${dayValue(row.repliedOn as Date)}` };
    default:
      return { detail: "" };
  }
}

/**
 * Records without a page of their own show on their parent's: memberships and affiliations on the
 * person's, a published referral or reply on its submission's.
 */
function parentPage(row: Row): string | null {
  const person = row.person as { slug?: string; status?: string } | undefined;
  if (person) return person.slug && person.status === "PUBLISHED" ? publicHref("Person", person) : null;
  const referral = row.referral as { submission?: { slug?: string; status?: string } } | undefined;
  const submission = (row.submission as { slug?: string; status?: string } | undefined) ?? referral?.submission;
  if (submission && row.status === "PUBLISHED" && submission.status === "PUBLISHED") return publicHref("Submission", submission);
  return null;
}

export async function listRecords(type: RecordType, query: ListQuery): Promise<ListResult> {
  await requirePermission(canDraft);
  const record = registry[type];
  const info = RECORDS[type];
  const where: Row = {
    ...(info.trashable ? { deletedAt: null } : {}),
    ...(query.q?.trim() ? searchWhere(type, query.q.trim()) : {}),
    ...(query.status && info.publishable ? { status: query.status } : {}),
    ...(type === "Organization" && query.kind ? { kind: query.kind } : {}),
    ...(query.parentId && parentColumn[type] ? { [parentColumn[type]]: query.parentId } : {}),
  };
  const sortOptions = sorts[type];
  const sort = sortOptions[query.sort ?? ""] ?? Object.values(sortOptions)[0];
  const delegate = record.delegate(db);
  const total = await delegate.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const select =
    type === "Referral"
      ? { ...record.select, _count: { select: { replies: { where: { deletedAt: null } } } } }
      : type === "Submission"
        ? { ...record.select, session: { select: { year: true } } }
        : record.select;
  const rows = await delegate.findMany({ where, select, orderBy: [...sort.orderBy, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize });
  const today = new Date().toISOString().slice(0, 10);
  return {
    total,
    page,
    pageCount,
    rows: rows.map((row) => {
      const status = (row.status as PublicationStatus | undefined) ?? null;
      return {
        id: String(row.id),
        title: record.title(row),
        status,
        updatedAt: row.updatedAt as Date,
        publicHref: parentPage(row) ?? (status === "PUBLISHED" ? publicHref(type, row as { slug?: string; year?: number; kind?: string }) : null),
        ...detail(type, row, today),
      };
    }),
  };
}
