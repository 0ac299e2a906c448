// npm run import -- <kind> <file.csv|file.json>                  dry run: what would happen, row by row
// npm run import -- <kind> <file> --commit [--skip-refused]      import it, in one transaction
// npm run import -- <kind> --template [--json]                   print the template
// kinds: submissions, referrals, replies, people, organizations
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";
import { decodeImportBytes, MAX_IMPORT_BYTES, tooBigProblem } from "@/lib/import/decode";
import { progressLine } from "@/lib/import/progress-line";
import { detectFormat } from "@/lib/import/read-file";
import { commitImport, dryRunImport } from "@/lib/import/run";
import { csvTemplate, jsonTemplate } from "@/lib/import/templates";
import { importKindNames, isImportKindName, type ImportReport } from "@/lib/import/types";

const marks = { create: "✓", update: "✓", unchanged: "=", refuse: "✗", waiting: "…" } as const;

function printReport(report: ImportReport, committed: boolean, skipRefused: boolean): void {
  for (const notice of report.notices) console.log(`  i ${notice}`);
  for (const problem of report.fileProblems) console.log(`  ✗ ${problem}`);
  for (const row of report.rows) console.log(`  ${marks[row.action]} ${row.message}`);
  const { create, update, unchanged, refuse, waiting } = report.counts;
  console.log(`\n${create} to create, ${update} to update, ${unchanged} unchanged, ${refuse} refused, ${waiting} waiting on unmatched names.`);
  if (report.unmatchedNames.length) console.log(`Unmatched names now in the queue (/admin/import/names): ${report.unmatchedNames.join(", ")}.`);
  const nothing = committed ? "Nothing was imported." : "Dry run: nothing was written.";
  if (report.fileProblems.length) console.log(`${nothing} Fix the file and run it again.`);
  else if (report.counts.waiting) console.log(`${nothing} Resolve the unmatched names, then run it again.`);
  else if (!report.ok && refuse) console.log(`${nothing} Fix the rows marked ✗ (or add --skip-refused to leave them out) and run it again.`);
  else if (!report.ok) console.log(`${nothing} The file has no row to import.`);
  else if (committed) console.log(`Imported (new records are drafts, for an editor to publish)${skipRefused && refuse ? `; ${refuse} refused ${refuse === 1 ? "row" : "rows"} left out` : ""}.`);
  else console.log("Dry run: nothing was written. Add --commit to import.");
}

async function main(): Promise<number> {
  const [kind, file, ...flags] = process.argv.slice(2);
  if (!kind || !isImportKindName(kind)) {
    console.error(`Usage: npm run import -- <${importKindNames.join("|")}> <file.csv|file.json> [--commit] [--skip-refused] | <kind> --template [--json]`);
    return 2;
  }
  if (file === "--template") {
    process.stdout.write(flags.includes("--json") ? jsonTemplate(kind) : csvTemplate(kind));
    return 0;
  }
  if (!file || !fs.existsSync(file)) {
    console.error(`No such file: ${file ?? "(none given)"}`);
    return 2;
  }
  // Refused before reading: a file over the limit never enters memory.
  if (fs.statSync(file).size > MAX_IMPORT_BYTES) {
    console.error(tooBigProblem(fs.statSync(file).size));
    return 1;
  }
  const decoded = decodeImportBytes(fs.readFileSync(file));
  if (!decoded.ok) {
    for (const problem of decoded.problems) console.error(`  ✗ ${problem}`);
    return 1;
  }
  const commit = flags.includes("--commit");
  const skipRefused = flags.includes("--skip-refused");
  const target = resolveDbTarget();
  console.log(`${commit ? "Importing" : "Dry run of"} ${file} (${kind}) into ${describeTarget(target)}\n`);
  const { prisma, close } = createPrismaClient(target);
  const input = { kind, text: decoded.text, format: detectFormat(file, decoded.text), source: path.basename(file), notices: decoded.notices };
  try {
    let startedAt = Date.now();
    let lastPrinted = 0;
    let lastDone = -1;
    const onProgress = (done: number, total: number) => {
      if (done === 0) startedAt = Date.now();
      const now = Date.now();
      if (done === lastDone || (done < total && now - lastPrinted < 250)) return;
      lastPrinted = now;
      lastDone = done;
      const line = progressLine({ done, total, startedAt, now });
      if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? "\n" : ""}`);
      else process.stderr.write(`${line}\n`);
    };
    const report = commit
      ? await commitImport(prisma, input, { actorEmail: "command line import", skipRefused, onProgress })
      : await dryRunImport(prisma, input);
    printReport(report, commit, skipRefused);
    return report.ok ? 0 : 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed, nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
