// npm run bench:import [rows]: times 10,000-row imports of submissions and of referrals (dry run,
// commit, re-import of the same file) on a throwaway in-memory PGlite. Synthetic data only;
// nothing on disk is touched. The commit's own progress line is printed as it goes.
import { applyMigrations } from "@/lib/db/migrations";
import { openMemoryPGlite } from "@/lib/db/pglite";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { progressLine } from "@/lib/import/progress-line";
import { commitImport, dryRunImport, type ImportInput } from "@/lib/import/run";
import type { ImportReport } from "@/lib/import/types";

const ROWS = Number(process.argv[2] ?? 10_000);

async function main(): Promise<void> {
  const pg = await openMemoryPGlite();
  await applyMigrations(pgliteExecutor(pg));
  const prisma = new PrismaClient({ adapter: new SafePrismaPGlite(pg) });
  try {
    await prisma.session.create({
      data: { year: 9001, startsOn: new Date("9001-03-05"), endsOn: new Date("9001-03-11"), npcTerm: 1, npcSession: 1, cppccTerm: 1, cppccSession: 1, notesEn: "Synthetic benchmark session" },
    });
    const ministries = await Promise.all(
      Array.from({ length: 20 }, (_, i) => prisma.organization.create({ data: { slug: `bench-ministry-${i}`, kind: "MINISTRY", nameEn: `Synthetic Ministry ${i}`, nameZh: `合成部委${i}` } })),
    );
    const people = await Promise.all(
      Array.from({ length: 50 }, (_, i) => prisma.person.create({ data: { slug: `bench-person-${i}`, nameEn: `Synthetic Person ${i}`, nameZh: `合成人${i}`, aliases: [`Bench ${i}`] } })),
    );

    const time = async (label: string, work: () => Promise<ImportReport>) => {
      const started = performance.now();
      const result = await work();
      const seconds = (performance.now() - started) / 1000;
      console.log(`${label}: ${seconds.toFixed(2)} s  ${JSON.stringify(result.counts)}`);
      if (!result.ok) throw new Error(`${label} was refused: ${result.fileProblems[0] ?? result.rows.find((row) => row.action === "refuse" || row.action === "waiting")?.message}`);
      return seconds;
    };
    let startedAt = Date.now();
    let last = 0;
    const onProgress = (done: number, total: number) => {
      if (done === 0) startedAt = Date.now();
      if (done < total && Date.now() - last < 500) return;
      last = Date.now();
      process.stderr.write(`  ${progressLine({ done, total, startedAt })}\n`);
    };
    const run = async (kind: ImportInput["kind"], lines: string[]) => {
      const input: ImportInput = { kind, text: lines.join("\r\n"), format: "csv", source: `bench-${kind}.csv` };
      const dry = await time(`${kind}: dry run of ${ROWS} rows`, () => dryRunImport(prisma, input));
      const commit = await time(`${kind}: commit of ${ROWS} rows`, () => commitImport(prisma, input, { actorEmail: "benchmark", onProgress }));
      const again = await time(`${kind}: re-import of the same ${ROWS} rows`, () => commitImport(prisma, input, { actorEmail: "benchmark" }));
      return { dry, commit, again };
    };

    const submissions = ["year,body,official_number,title_en,title_zh,summary_en,submitters,co_signers"];
    for (let i = 0; i < ROWS; i++) {
      const person = people[i % 50];
      const name = i % 3 === 0 ? person.nameZh : i % 3 === 1 ? person.nameEn : `synthetic person ${i % 50}`;
      submissions.push(`9001,CPPCC,${i},Synthetic benchmark proposal ${i} on topic ${i % 97},合成基准提案${i},Synthetic summary ${i},${name},${i % 5 ? "" : `Bench ${(i + 1) % 50}`}`);
    }
    const s = await run("submissions", submissions);

    const referrals = ["year,body,official_number,ministry,role,referred_on"];
    for (let i = 0; i < ROWS; i++) referrals.push(`9001,CPPCC,${i},${i % 2 ? ministries[i % 20].nameEn : ministries[i % 20].nameZh},${i % 3 ? "lead" : "会办"},9001-04-${String((i % 28) + 1).padStart(2, "0")}`);
    const r = await run("referrals", referrals);

    console.log(`\nsummary (${ROWS} rows, seconds): submissions dry ${s.dry.toFixed(1)} / commit ${s.commit.toFixed(1)} / re-import ${s.again.toFixed(1)}; referrals dry ${r.dry.toFixed(1)} / commit ${r.commit.toFixed(1)} / re-import ${r.again.toFixed(1)}`);
    console.log({ submissions: await prisma.submission.count(), parties: await prisma.submissionParty.count(), referrals: await prisma.referral.count() });
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
