// Synthetic rows for the browser tests, written into the run's fresh database after the real 2022
// seed and before the server starts (PGlite allows one process at a time). The real data has no
// ministries, referrals, replies, corrections or renamed records, so the pages that show them are
// exercised on these. Every row says it is synthetic; none touches a real record.
import { createPrismaClient } from "@/lib/db/client";
import { resolveDbTarget } from "@/lib/db/target";
import { SYNTHETIC } from "./synthetic";
import { seedLeakFixtures } from "./leak-fixtures";


const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const published = { status: "PUBLISHED" as const, publishedAt: new Date("2000-03-15T00:00:00Z") };

async function main(): Promise<void> {
  const { prisma, close } = createPrismaClient(resolveDbTarget());
  try {
    const source = await prisma.source.create({
      data: { title: "Synthetic source for browser tests", publisher: "Synthetic test data", year: 2000, kind: "OTHER" },
    });
    const cite = { citations: { create: [{ sourceId: source.id }] } };
    const session = await prisma.session.create({
      data: {
        year: SYNTHETIC.year,
        startsOn: day("2000-03-05"),
        endsOn: day("2000-03-15"),
        npcTerm: 9,
        npcSession: 3,
        cppccTerm: 9,
        cppccSession: 3,
        notesEn: "Synthetic session created by the browser tests: not real data.",
        ...published,
        ...cite,
      },
    });
    const person = await prisma.person.create({
      data: { slug: SYNTHETIC.person, nameEn: "Synthetic Person", nameZh: "合成人", pinyin: "He Chengren", ...published, ...cite },
    });
    await prisma.slugRedirect.create({ data: { entityType: "Person", oldSlug: SYNTHETIC.oldPersonSlug, entityId: person.id } });
    await prisma.membership.create({ data: { personId: person.id, body: "CPPCC", fromYear: 1998, toYear: 2003, note: "Synthetic seat" } });
    const ministry = await prisma.organization.create({
      data: { slug: SYNTHETIC.ministry, kind: "MINISTRY", nameEn: "Synthetic Ministry of Test Data", nameZh: "合成测试部", ...published, ...cite },
    });
    const topic = await prisma.topic.create({ data: { slug: SYNTHETIC.topic, nameEn: "Synthetic topic", nameZh: "合成话题", ...published } });

    // Six referrals covering every state: on time (A, B), late (C, D), overdue, and one more on time.
    const plan: Array<{ replied?: string; result?: "A" | "B" | "C" | "D"; role: "LEAD" | "JOINT" | "REFERENCE" }> = [
      { replied: "2000-04-14", result: "A", role: "LEAD" },
      { replied: "2000-05-20", result: "B", role: "LEAD" },
      { replied: "2000-07-10", result: "C", role: "JOINT" },
      { replied: "2000-09-01", result: "D", role: "LEAD" },
      { role: "REFERENCE" },
      { replied: "2000-06-01", result: "B", role: "LEAD" },
    ];
    for (const [index, step] of plan.entries()) {
      const submission = await prisma.submission.create({
        data: {
          slug: `synthetic-submission-e2e-${index + 1}`,
          sessionId: session.id,
          body: index % 2 === 0 ? "CPPCC" : "NPC",
          titleEn: `Synthetic submission ${index + 1} for browser tests`,
          titleZh: `合成提案${index + 1}`,
          summaryEn: "A synthetic summary: this record exists only in the browser tests' database.",
          ...published,
          ...cite,
          parties: { create: [{ personId: person.id }] },
          topics: { create: [{ topicId: topic.id }] },
        },
      });
      const referral = await prisma.referral.create({
        data: { submissionId: submission.id, ministryId: ministry.id, role: step.role, referredOn: day("2000-03-15"), dueOn: day("2000-06-15"), ...published },
      });
      if (step.replied) {
        await prisma.reply.create({
          data: {
            referralId: referral.id,
            repliedOn: day(step.replied),
            result: step.result,
            referenceNumber: `SYN-2000-${index + 1}`,
            summaryEn: "Synthetic reply text for browser tests.",
            signalEn: step.result === "A" ? "Synthetic signal: the ministry says it adopted the idea." : null,
            ...published,
            ...cite,
          },
        });
      }
    }
    const first = await prisma.submission.findUniqueOrThrow({ where: { slug: SYNTHETIC.submission }, select: { id: true } });
    await prisma.correction.create({
      data: { entityType: "Submission", entityId: first.id, note: "Synthetic correction: the reply date was wrong.", correctedOn: day("2000-05-01") },
    });
    await seedLeakFixtures(prisma, { sessionId: session.id, personId: person.id, organizationId: ministry.id, sourceId: source.id });
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("synthetic fixtures failed:", error);
    process.exit(1);
  },
);
