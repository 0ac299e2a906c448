import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/roles";
import { reindexSubmission } from "@/lib/search/reindex";
import { describeRange } from "@/lib/notes/anchor";
import { createOrganization, createPerson, createSession, createStaffUser, createSubmission, uniqueTag } from "./factories";

// The leak test's world: a published submission carrying one of each thing readers must never
// see, each holding a unique marker string, beside an approved public note that readers must see
// (so the test proves it looks where notes would show). Synthetic, labelled, unique per run.

export interface LeakWorld {
  year: number;
  slug: string;
  submissionId: string;
  draftSlug: string;
  draftSubmissionId: string;
  personSlug: string;
  companySlug: string;
  angleIds: string[];
  noteIds: string[];
  /** Text that must appear nowhere public. */
  markers: Record<string, string>;
  /** Queries that would find a leaked marker without being one (echoed queries are no leak). */
  probes: string[];
  /** Text that must appear on the submission page (the approved public note). */
  visibleNote: string;
  reporter: CurrentUser;
}

const asUser = (row: { id: string; email: string; name: string; role: string }) => ({ ...row, role: row.role as CurrentUser["role"] });

export async function createLeakWorld(): Promise<LeakWorld> {
  const tag = uniqueTag().replace(/[^a-z0-9]/gi, "");
  const marker = (what: string) => `zqleak${what}${tag}`;
  const markers = {
    privateNote: marker("privatenote"),
    deskNote: marker("desknote"),
    unapprovedNote: marker("unapprovednote"),
    threadReply: marker("threadreply"),
    detachedNote: marker("detachednote"),
    draftAngle: marker("draftangle"),
    reviewerComment: marker("reviewercomment"),
    angleEvidence: marker("angleevidence"),
    draftSubmission: marker("draftsubmission"),
  };
  const visibleNote = `Synthetic approved public note ${tag}`;
  const session = await createSession({ status: "PUBLISHED" });
  const person = await createPerson({ status: "PUBLISHED" });
  const company = await createOrganization("COMPANY", { status: "PUBLISHED" });
  const [reporter, editor] = await Promise.all([createStaffUser("REPORTER"), createStaffUser("EDITOR")]);
  const fullTextEn = `Synthetic full text ${tag}. Cities should open more test roads for robotaxis.\n\nInsurers need accident data from every pilot zone.`;
  const submission = await createSubmission({
    status: "PUBLISHED", session, body: "CPPCC", fullTextEn, fullTextZh: "应在大城市开放更多测试道路。",
    parties: { create: [{ personId: person.id }] },
  });
  const draft = await createSubmission({
    status: "DRAFT", session, titleEn: `Draft ${markers.draftSubmission}`, summaryEn: markers.draftSubmission, fullTextEn: markers.draftSubmission,
    parties: { create: [{ personId: person.id }] },
  });

  const anchorOn = (quote: string) => {
    const start = fullTextEn.indexOf(quote);
    const anchor = describeRange(fullTextEn, start, start + quote.length)!;
    return { field: "fullTextEn", anchorStart: anchor.start, anchorEnd: anchor.end, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix };
  };
  const base = { authorId: reporter.id, submissionId: submission.id };
  const notes = [
    await db.note.create({ data: { ...base, ...anchorOn("open more test roads"), body: markers.privateNote, visibility: "PRIVATE" } }),
    await db.note.create({ data: { ...base, ...anchorOn("robotaxis"), body: markers.deskNote, visibility: "DESK", mentions: { create: [{ userId: editor.id }] } } }),
    await db.note.create({ data: { ...base, ...anchorOn("accident data"), body: markers.unapprovedNote, visibility: "PUBLIC" } }),
    // Approved once, then its passage was edited away: detached notes are never public.
    await db.note.create({
      data: { ...base, field: "fullTextEn", anchorStart: 0, anchorEnd: 9, quote: "Vanished words", prefix: "", suffix: "", detached: true, body: markers.detachedNote, visibility: "PUBLIC", approvedById: editor.id, approvedAt: new Date() },
    }),
  ];
  const approved = await db.note.create({
    data: { ...base, ...anchorOn("pilot zone"), body: visibleNote, visibility: "PUBLIC", approvedById: editor.id, approvedAt: new Date() },
  });
  notes.push(approved);
  notes.push(await db.note.create({ data: { ...base, parentId: approved.id, body: markers.threadReply, visibility: "DESK" } }));

  const angles = [
    await db.angle.create({
      data: { submissionId: submission.id, organizationId: company.id, kind: "BUSINESS_INTEREST", strength: "DIRECT", rationaleEn: markers.draftAngle, rationaleZh: markers.draftAngle, status: "DRAFT", authorId: reporter.id },
    }),
    await db.angle.create({
      data: {
        submissionId: submission.id, organizationId: company.id, kind: "POLICY_ECHO", strength: "INDIRECT", rationaleEn: `Synthetic published angle ${tag}`,
        reviewerComment: markers.reviewerComment, evidence: markers.angleEvidence, status: "PUBLISHED", publishedAt: new Date(), authorId: reporter.id, reviewerId: editor.id,
      },
    }),
  ];
  await db.$transaction(async (tx) => {
    await reindexSubmission(tx, submission.id);
    await reindexSubmission(tx, draft.id);
  });
  return {
    year: session.year, slug: submission.slug, submissionId: submission.id, draftSlug: draft.slug, draftSubmissionId: draft.id,
    personSlug: person.slug, companySlug: company.slug, angleIds: angles.map((angle) => angle.id), noteIds: notes.map((note) => note.id),
    markers, visibleNote, reporter: asUser(reporter), probes: ["zqleak", tag, `Draft zqleak`, "accident data"],
  };
}
