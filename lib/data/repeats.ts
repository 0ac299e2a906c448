import "server-only";
import { canDecideRepeats } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RepeatStatus } from "@/lib/generated/prisma/enums";
import { findRepeatPairs, type RepeatCandidateInput } from "@/lib/repeats/similarity";

// Repeats across years (issue 7, item 9): the tracker proposes pairs of submissions of different
// sessions that raise the same matter, an editor confirms or rejects each in /admin/repeats.
// A decided pair keeps its row, so a rejected pair is never proposed again and a scan never
// undoes a decision. Editors and admins only, here and in the actions.

const textSelect = {
  id: true, titleEn: true, titleZh: true, summaryEn: true, summaryZh: true,
  session: { select: { year: true } }, topics: { select: { topicId: true } },
} as const;

/**
 * Compares every submission (drafts too: an editor may link them before publication; the public
 * only ever sees published ones) and stores the new pairs as proposals. With `submissionIds`,
 * only pairs involving those submissions.
 */
export async function scanRepeats(options: { submissionIds?: string[] } = {}): Promise<{ considered: number; found: number; proposed: number }> {
  const user = await requirePermission(canDecideRepeats);
  const rows = await db.submission.findMany({ where: { deletedAt: null }, select: textSelect });
  const inputs: RepeatCandidateInput[] = rows.map((row) => ({
    id: row.id,
    year: row.session.year,
    text: [row.titleEn, row.titleZh, row.summaryEn, row.summaryZh].filter(Boolean).join("\n"),
    topicIds: row.topics.map((topic) => topic.topicId),
  }));
  const pairs = findRepeatPairs(inputs, options.submissionIds ? { onlyIds: new Set(options.submissionIds) } : {});
  return db.$transaction(async (tx) => {
    const { count } = await tx.repeatLink.createMany({ data: pairs, skipDuplicates: true });
    await recordAudit({ actor: user, action: "repeat.scan", entityType: "RepeatLink", after: { considered: inputs.length, found: pairs.length, proposed: count } }, tx);
    return { considered: inputs.length, found: pairs.length, proposed: count };
  });
}

export interface RepeatSide {
  id: string;
  slug: string;
  year: number;
  body: string;
  title: string;
  titleZh: string | null;
  status: string;
  submitters: string[];
}

export interface RepeatQueueItem {
  id: string;
  score: number;
  sharedTerms: string[];
  status: RepeatStatus;
  decidedAt: Date | null;
  first: RepeatSide;
  second: RepeatSide;
}

const sideSelect = {
  id: true, slug: true, body: true, titleEn: true, titleZh: true, status: true, session: { select: { year: true } },
  parties: { where: { role: "SUBMITTER" }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { person: { select: { nameEn: true } }, organization: { select: { nameEn: true } } } },
} satisfies Prisma.SubmissionSelect;

type SideRow = { id: string; slug: string; body: string; titleEn: string | null; titleZh: string | null; status: string; session: { year: number }; parties: Array<{ person: { nameEn: string } | null; organization: { nameEn: string } | null }> };

const toSide = (row: SideRow): RepeatSide => ({
  id: row.id, slug: row.slug, year: row.session.year, body: row.body, title: row.titleEn ?? row.titleZh ?? "Untitled submission",
  titleZh: row.titleEn ? row.titleZh : null, status: row.status,
  submitters: row.parties.flatMap((party) => (party.person ?? party.organization)?.nameEn ?? []),
});

export const REPEAT_PAGE_SIZE = 30;

/** Pairs of one status, best score first (proposals) or latest decision first. */
export async function listRepeats(status: RepeatStatus, page = 1): Promise<{ items: RepeatQueueItem[]; total: number; pageCount: number; page: number }> {
  await requirePermission(canDecideRepeats);
  const live = { first: { deletedAt: null }, second: { deletedAt: null } };
  const total = await db.repeatLink.count({ where: { status, ...live } });
  const pageCount = Math.max(1, Math.ceil(total / REPEAT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.repeatLink.findMany({
    where: { status, ...live },
    orderBy: status === "PROPOSED" ? [{ score: "desc" }, { id: "asc" }] : [{ decidedAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * REPEAT_PAGE_SIZE,
    take: REPEAT_PAGE_SIZE,
    select: { id: true, score: true, sharedTerms: true, status: true, decidedAt: true, first: { select: sideSelect }, second: { select: sideSelect } },
  });
  const items = rows.map((row) => {
    // Older session first, whatever the id order.
    const [first, second] = [toSide(row.first), toSide(row.second)].sort((a, b) => a.year - b.year);
    return { id: row.id, score: row.score, sharedTerms: row.sharedTerms, status: row.status, decidedAt: row.decidedAt, first, second };
  });
  return { items, total, pageCount, page: current };
}

/** Confirms or rejects a pair (or changes an earlier decision). */
export async function decideRepeat(id: string, decision: Exclude<RepeatStatus, "PROPOSED">): Promise<{ status: RepeatStatus }> {
  const user = await requirePermission(canDecideRepeats);
  return db.$transaction(async (tx) => {
    const before = await tx.repeatLink.findUnique({ where: { id }, select: { id: true, firstId: true, secondId: true, score: true, status: true, decidedById: true, decidedAt: true } });
    if (!before) throw new AppError("This pair no longer exists: one of its submissions may have been deleted.", {}, "not_found");
    if (before.status === decision) return { status: decision };
    const after = await tx.repeatLink.update({
      where: { id },
      data: { status: decision, decidedById: user.id, decidedAt: new Date() },
      select: { id: true, firstId: true, secondId: true, score: true, status: true, decidedById: true, decidedAt: true },
    });
    await recordAudit({ actor: user, action: decision === "CONFIRMED" ? "repeat.confirm" : "repeat.reject", entityType: "RepeatLink", entityId: id, before, after }, tx);
    return { status: after.status };
  });
}
