import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { rebuildSearchIndex } from "@/lib/search/reindex";
import { SeedRun, type SeedCounts } from "@/lib/seed/seed-run";
import { seedSubmissions, seedTopics } from "@/lib/seed/seed-submissions";
import { seedOrganizations, seedPeople, seedSessions } from "@/lib/seed/seed-world";
import { loadStarterData, type StarterData } from "@/lib/seed/starter-data";

// The real starter facts of the tracker (prisma/data/two-sessions-2022.json), seeded in one
// transaction: a failure leaves the database as it was. Safe to run any number of times.

export interface SeedStarterOptions {
  data?: StarterData;
  /** publishedAt of everything created in this run. */
  now?: Date;
}

export interface SeedSummary {
  created: SeedCounts;
  existing: SeedCounts;
  totalCreated: number;
}

// Roughly 800 statements; PGlite answers each in a few milliseconds, so the default 5 s interactive
// transaction timeout is too tight on a slow machine.
const transactionOptions = { maxWait: 30_000, timeout: 180_000 };

export async function seedStarterData(prisma: PrismaClient, options: SeedStarterOptions = {}): Promise<SeedSummary> {
  const data = options.data ?? loadStarterData();
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const run = new SeedRun(tx, now);

    const sourceKey = { title: data.source.title, publisher: data.source.publisher };
    const source = await run.ensure(
      "source",
      () => tx.source.findUnique({ where: { title_publisher: sourceKey }, select: { id: true } }),
      () =>
        tx.source.create({
          // The file gives no URL or exact date for the article: only its year.
          data: { ...sourceKey, kind: SourceKind.NEWS_ARTICLE, year: data.source.year, url: null },
          select: { id: true },
        }),
    );
    run.sourceId = source.id;

    const sessionIds = await seedSessions(run, data);
    const orgIds = await seedOrganizations(run, data);
    const personIds = await seedPeople(run, data, orgIds);
    const topicIds = await seedTopics(run, data);
    await seedSubmissions(run, data, { sessionIds, personIds, orgIds, topicIds });

    const totalCreated = run.totalCreated();
    // What the seed made public is searchable as soon as the seed commits.
    if (totalCreated > 0) await rebuildSearchIndex(tx);
    // The audit log records changes; a run that found everything in place changed nothing.
    if (totalCreated > 0) {
      await tx.auditEntry.create({
        data: { action: "seed.starter_data", actorEmail: null, after: { source: data.source.title, created: run.created } },
      });
    }
    return { created: run.created, existing: run.existing, totalCreated };
  }, transactionOptions);
}

/** One line per kind of record, for the seed and start scripts. */
export function describeSeedSummary(summary: SeedSummary): string {
  if (summary.totalCreated === 0) return "starter data already present: nothing to do";
  const parts = Object.entries(summary.created)
    .filter(([, count]) => count > 0)
    .map(([entity, count]) => `${entity} ${count}`);
  return `starter data seeded: ${parts.join(", ")}`;
}
