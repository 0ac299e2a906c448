import type { PrismaClient } from "@/lib/generated/prisma/client";
import { describeRange } from "@/lib/notes/anchor";
import { reindexSubmission } from "@/lib/search/reindex";
import { LEAK } from "./leak-markers";

// One of each thing readers must never see, on a published synthetic submission, plus one
// approved public note readers must see (tests/e2e/public-leak.test.ts, notes.test.ts).

export async function seedLeakFixtures(prisma: PrismaClient, ids: { sessionId: string; personId: string; organizationId: string; sourceId: string }): Promise<void> {
  const staff = await prisma.user.findMany({ where: { email: { in: ["reporter@example.org", "editor@example.org"] } }, select: { id: true, email: true } });
  const reporter = staff.find((user) => user.email === "reporter@example.org");
  const editor = staff.find((user) => user.email === "editor@example.org");
  if (!reporter || !editor) throw new Error("the demo reporter and editor are missing");
  const published = { status: "PUBLISHED" as const, publishedAt: new Date("2000-03-15T00:00:00Z") };
  await prisma.submission.create({
    data: {
      id: LEAK.submissionId, slug: LEAK.slug, sessionId: ids.sessionId, body: "CPPCC", ...published,
      titleEn: "Synthetic submission with notes, for browser tests", titleZh: "合成注释测试提案",
      summaryEn: "A synthetic record: it exists only in the browser tests' database.",
      fullTextEn: LEAK.fullTextEn, fullTextZh: LEAK.fullTextZh,
      parties: { create: [{ personId: ids.personId }] },
      citations: { create: [{ sourceId: ids.sourceId }] },
    },
  });
  await prisma.submission.create({
    data: {
      id: LEAK.draftSubmissionId, slug: LEAK.draftSlug, sessionId: ids.sessionId, body: "NPC", status: "DRAFT",
      titleEn: `Draft ${LEAK.markers.draftSubmission}`, summaryEn: LEAK.markers.draftSubmission, fullTextEn: LEAK.markers.draftSubmission,
      parties: { create: [{ personId: ids.personId }] },
    },
  });
  const anchorOn = (quote: string) => {
    const start = LEAK.fullTextEn.indexOf(quote);
    const anchor = describeRange(LEAK.fullTextEn, start, start + quote.length);
    if (!anchor) throw new Error(`"${quote}" is not in the synthetic text`);
    return { field: "fullTextEn", anchorStart: anchor.start, anchorEnd: anchor.end, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix };
  };
  const [privateId, deskId, unapprovedId, detachedId, publicId, threadId] = LEAK.noteIds;
  const base = { authorId: reporter.id, submissionId: LEAK.submissionId };
  const approval = { approvedById: editor.id, approvedAt: new Date("2000-04-01T00:00:00Z") };
  await prisma.note.create({ data: { id: privateId, ...base, ...anchorOn("open more test roads"), body: LEAK.markers.privateNote, visibility: "PRIVATE" } });
  await prisma.note.create({ data: { id: deskId, ...base, ...anchorOn("robotaxis"), body: LEAK.markers.deskNote, visibility: "DESK" } });
  await prisma.note.create({ data: { id: unapprovedId, ...base, ...anchorOn("accident data"), body: LEAK.markers.unapprovedNote, visibility: "PUBLIC" } });
  await prisma.note.create({
    data: { id: detachedId, ...base, field: "fullTextEn", anchorStart: 0, anchorEnd: 14, quote: "Vanished words", prefix: "", suffix: "", detached: true, body: LEAK.markers.detachedNote, visibility: "PUBLIC", ...approval },
  });
  await prisma.note.create({ data: { id: publicId, ...base, ...anchorOn("every pilot zone"), body: LEAK.visibleNote, visibility: "PUBLIC", ...approval } });
  await prisma.note.create({ data: { id: threadId, ...base, parentId: publicId, body: LEAK.markers.threadReply, visibility: "DESK" } });
  const [draftAngleId, publishedAngleId] = LEAK.angleIds;
  await prisma.angle.create({
    data: { id: draftAngleId, submissionId: LEAK.submissionId, organizationId: ids.organizationId, kind: "BUSINESS_INTEREST", strength: "DIRECT", rationaleEn: LEAK.markers.draftAngle, rationaleZh: LEAK.markers.draftAngle, status: "DRAFT", authorId: reporter.id },
  });
  await prisma.angle.create({
    data: {
      id: publishedAngleId, submissionId: LEAK.submissionId, organizationId: ids.organizationId, kind: "POLICY_ECHO", strength: "INDIRECT",
      rationaleEn: "Synthetic published angle for the browser tests.", reviewerComment: LEAK.markers.reviewerComment, evidence: LEAK.markers.angleEvidence,
      authorId: reporter.id, reviewerId: editor.id, ...published, citations: { create: [{ sourceId: ids.sourceId }] },
    },
  });
  await prisma.$transaction(async (tx) => {
    await reindexSubmission(tx, LEAK.submissionId);
    await reindexSubmission(tx, LEAK.draftSubmissionId);
  });
}
