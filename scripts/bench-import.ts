// npm run bench:import: times a 10,000-row referral import (dry run and commit) on a throwaway
// in-memory PGlite holding 10,000 synthetic submissions. Nothing on disk is touched.
import { commitReferralImport, dryRunReferralImport } from "@/lib/import/referrals";
import { applyMigrations } from "@/lib/db/migrations";
import { openMemoryPGlite } from "@/lib/db/pglite";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { PrismaClient } from "@/lib/generated/prisma/client";

const ROWS = Number(process.argv[2] ?? 10_000);

async function main(): Promise<void> {
  const pg = await openMemoryPGlite();
  await applyMigrations(pgliteExecutor(pg));
  const prisma = new PrismaClient({ adapter: new SafePrismaPGlite(pg) });
  try {
    const session = await prisma.session.create({
      data: { year: 9001, startsOn: new Date("9001-03-05"), endsOn: new Date("9001-03-11"), npcTerm: 1, npcSession: 1, cppccTerm: 1, cppccSession: 1, notesEn: "Synthetic benchmark session" },
    });
    const ministries = await Promise.all(
      Array.from({ length: 20 }, (_, i) => prisma.organization.create({ data: { slug: `bench-ministry-${i}`, kind: "MINISTRY", nameEn: `Synthetic Ministry ${i}`, nameZh: `合成部委${i}` } })),
    );
    for (let start = 0; start < ROWS; start += 1000) {
      await prisma.submission.createMany({
        data: Array.from({ length: Math.min(1000, ROWS - start) }, (_, k) => ({
          slug: `bench-${start + k}`, sessionId: session.id, body: "CPPCC" as const, officialNumber: String(start + k), titleEn: `Synthetic benchmark submission ${start + k}`,
        })),
      });
    }
    const lines = ["year,body,official_number,ministry,role,referred_on"];
    for (let i = 0; i < ROWS; i++) lines.push(`9001,CPPCC,${i},${i % 2 ? ministries[i % 20].nameEn : ministries[i % 20].nameZh},${i % 3 ? "lead" : "会办"},9001-04-${String((i % 28) + 1).padStart(2, "0")}`);
    const bytes = new TextEncoder().encode(lines.join("\r\n"));

    const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
      return result;
    };
    const dry = await time(`dry run of ${ROWS} rows`, () => dryRunReferralImport(prisma, bytes));
    const committed = await time(`commit of ${ROWS} rows`, () => commitReferralImport(prisma, bytes, "benchmark"));
    const again = await time(`re-import of the same ${ROWS} rows`, () => commitReferralImport(prisma, bytes, "benchmark"));
    console.log({ dryRun: dry.counts, commit: committed.counts, reimport: again.counts, referrals: await prisma.referral.count() });
  } finally {
    await prisma.$disconnect();
    await pg.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
