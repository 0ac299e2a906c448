import {
  AngleKind,
  AngleStrength,
  Body,
  PartyRole,
  TextProvenance,
} from "@/lib/generated/prisma/enums";
import { capitalizeFirst, type SeedRun } from "@/lib/seed/seed-run";
import type { StarterData, StarterSubmission } from "@/lib/seed/starter-data";
import { slugify, submissionSlug, uniqueSlug } from "@/lib/slug";

// Topics, submissions, their submitters and the reporters' angles. The file reports no official
// numbers, Chinese titles, referrals or replies, so none are written.

const angleKinds = { "business-interest": AngleKind.BUSINESS_INTEREST, "policy-echo": AngleKind.POLICY_ECHO };
const angleStrengths = { none: AngleStrength.NONE, indirect: AngleStrength.INDIRECT, direct: AngleStrength.DIRECT };

export async function seedTopics(run: SeedRun, data: StarterData): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const names = [...new Set(data.submissions.flatMap((submission) => submission.topics))];
  for (const name of names) {
    const slug = slugify(name);
    const where = await run.bySlug("Topic", slug);
    const row = await run.ensure(
      "topic",
      () => run.tx.topic.findFirst({ where, select: { id: true } }),
      () =>
        run.tx.topic.create({
          data: { slug, nameEn: capitalizeFirst(name), ...run.published },
          select: { id: true },
        }),
    );
    await run.cite({ topicId: row.id });
    ids.set(name, row.id);
  }
  return ids;
}

export interface SubmissionRefs {
  sessionIds: Map<number, string>;
  personIds: Map<string, string>;
  orgIds: Map<string, string>;
  topicIds: Map<string, string>;
}

export async function seedSubmissions(run: SeedRun, data: StarterData, refs: SubmissionRefs): Promise<void> {
  // A business-interest angle is about the submitter's own company: the first role the file gives.
  const companyOf = new Map(data.people.map((person) => [person.slug, person.roles[0]?.org]));
  for (const submission of data.submissions) {
    const personId = refs.personIds.get(submission.by)!;
    const submissionId = await ensureSubmission(run, submission, refs.sessionIds.get(submission.year)!, personId);
    await run.cite({ submissionId });

    await run.ensure(
      "submissionParty",
      () =>
        run.tx.submissionParty.findFirst({
          where: { submissionId, personId, role: PartyRole.SUBMITTER },
          select: { id: true },
        }),
      () =>
        run.tx.submissionParty.create({
          data: { submissionId, personId, role: PartyRole.SUBMITTER, position: 0 },
          select: { id: true },
        }),
    );

    for (const topic of submission.topics) {
      const key = { submissionId, topicId: refs.topicIds.get(topic)! };
      await run.ensure(
        "submissionTopic",
        () => run.tx.submissionTopic.findUnique({ where: { submissionId_topicId: key } }),
        () => run.tx.submissionTopic.create({ data: key }),
      );
    }

    const companySlug = companyOf.get(submission.by);
    const companyId = companySlug ? refs.orgIds.get(companySlug) : undefined;
    for (const angle of submission.angles) {
      const kind = angleKinds[angle.kind];
      const key = { submissionId, kind, rationaleEn: angle.note };
      const row = await run.ensure(
        "angle",
        () => run.tx.angle.findFirst({ where: key, select: { id: true } }),
        () =>
          run.tx.angle.create({
            data: {
              ...key,
              strength: angleStrengths[angle.strength],
              // A policy echo lines up with Beijing, not with a company, so it names none.
              organizationId: kind === AngleKind.BUSINESS_INTEREST ? (companyId ?? null) : null,
              ...run.published,
            },
            select: { id: true },
          }),
      );
      await run.cite({ angleId: row.id });
    }
  }
}

/**
 * A seeded submission is recognised by what it is (session, body, English title, submitter), not
 * by its slug: the slug may have been taken by another record, or renamed since.
 */
async function ensureSubmission(
  run: SeedRun,
  submission: StarterSubmission,
  sessionId: string,
  personId: string,
): Promise<string> {
  const body = Body[submission.body];
  const row = await run.ensure(
    "submission",
    () =>
      run.tx.submission.findFirst({
        where: {
          sessionId,
          body,
          titleEn: submission.title,
          parties: { some: { personId, role: PartyRole.SUBMITTER } },
        },
        select: { id: true },
      }),
    async () => {
      const base = submissionSlug({ year: submission.year, submitterSlug: submission.by, title: submission.title });
      const slug = await uniqueSlug(base, async (candidate) => {
        // One query at a time: an interactive transaction has a single connection.
        if ((await run.tx.submission.count({ where: { slug: candidate } })) > 0) return true;
        return (await run.redirectedId("Submission", candidate)) !== undefined;
      });
      return run.tx.submission.create({
        data: {
          slug,
          sessionId,
          body,
          titleEn: submission.title,
          titleIsQuote: submission.titleIsQuote ?? false,
          textProvenance: TextProvenance.MEDIA_REPORT,
          ...run.published,
        },
        select: { id: true },
      });
    },
  );
  return row.id;
}
