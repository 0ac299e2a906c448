// npm run import -- referrals <file.csv>            dry run: what would happen, row by row
// npm run import -- referrals <file.csv> --commit   import it, all rows or none
// npm run import -- referrals --template            print the CSV template
import fs from "node:fs";
import { createPrismaClient } from "@/lib/db/client";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";
import { commitReferralImport, dryRunReferralImport, referralTemplate, type ImportReport } from "@/lib/import/referrals";
import { MAX_IMPORT_BYTES } from "@/lib/import/csv-file";

function printReport(report: ImportReport, committed: boolean): void {
  for (const problem of report.fileProblems) console.log(`  ✗ ${problem}`);
  for (const row of report.rows) console.log(`  ${row.action === "refuse" ? "✗" : row.action === "unchanged" ? "=" : "✓"} ${row.message}`);
  const { create, update, unchanged, refuse } = report.counts;
  console.log(`\n${create} to create, ${update} to update, ${unchanged} unchanged, ${refuse} refused.`);
  if (!report.ok) console.log("Nothing was imported. Fix the rows marked ✗ and run it again.");
  else console.log(committed ? "Imported (as drafts, for an editor to publish)." : "Dry run: nothing was written. Add --commit to import.");
}

async function main(): Promise<number> {
  const [kind, file, ...flags] = process.argv.slice(2);
  if (kind !== "referrals") {
    console.error("Usage: npm run import -- referrals <file.csv> [--commit] | referrals --template");
    return 2;
  }
  if (file === "--template") {
    process.stdout.write(referralTemplate);
    return 0;
  }
  if (!file || !fs.existsSync(file)) {
    console.error(`No such file: ${file ?? "(none given)"}`);
    return 2;
  }
  if (fs.statSync(file).size > MAX_IMPORT_BYTES) {
    console.error(`The file is ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB. Split it and import the parts.`);
    return 1;
  }
  const bytes = fs.readFileSync(file);
  const commit = flags.includes("--commit");
  const target = resolveDbTarget();
  console.log(`${commit ? "Importing" : "Dry run of"} ${file} into ${describeTarget(target)}\n`);
  const { prisma, close } = createPrismaClient(target);
  try {
    const report = commit ? await commitReferralImport(prisma, bytes, "command line import") : await dryRunReferralImport(prisma, bytes);
    printReport(report, commit);
    return report.ok ? 0 : 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
