// Search benchmark (issue 6): SYNTHETIC data only, in throwaway databases.
//
//   npx tsx scripts/bench-search.ts [--rows 200000] [--runs 3] [--pg postgresql://postgres@127.0.0.1:5432/test]
//                                   [--only pglite|postgres]
//
// Generates `rows` synthetic submissions (Chinese and English titles and summaries, synthetic
// submitters with pinyin names), indexes them with the app's own tokenizer (lib/search), bulk-loads
// them into a fresh PGlite directory under .tmp/ and a fresh database on the PostgreSQL server, runs
// a fixed mix of queries (short Chinese, long Chinese, pinyin, English, mixed) through the app's
// own search SQL via Prisma, and prints the median and 95th percentile per database. Both
// databases are deleted afterwards; ./data and the real seed are never touched.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "@/lib/db/migrations";
import { openPGlite } from "@/lib/db/pglite";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import { pgExecutor, pgliteExecutor } from "@/lib/db/sql-executor";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { buildDocument, type SearchDocumentRow } from "@/lib/search/document";
import { parseQuery } from "@/lib/search/query";
import { runSearch, runSuggest } from "@/lib/search/sql";
import { hanSyllables } from "@/lib/search/text";
import { benchQueries, synthesize } from "./bench-search-data";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const rows = Number(option("rows", "200000"));
const runs = Number(option("runs", "3"));
const pgServer = option("pg", process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
const only = option("only", "");
/** Keep the PostgreSQL database afterwards, to EXPLAIN by hand (its name is printed). */
const keep = args.includes("--keep");
const BATCH = 2_000;

interface Target {
  name: string;
  prisma: PrismaClient;
  close: () => Promise<void>;
}

const columns = [
  "id", "kind", "entityId", "submissionId", "year", "body", "href", "title", "titleZh", "subtitle", "subtitleZh", "content",
  "haystack", "pinyin", "exactKeys", "tokens", "prefixes", "sortAt",
] as const;

/** One INSERT ... SELECT of a batch, the rows passed as one JSON parameter. */
async function insertBatch(prisma: PrismaClient, batch: SearchDocumentRow[]): Promise<void> {
  const json = JSON.stringify(batch.map((row) => ({ ...row, sortAt: row.sortAt.toISOString() })));
  await prisma.$executeRaw(Prisma.sql`
    INSERT INTO "SearchDocument" (${Prisma.raw(columns.map((column) => `"${column}"`).join(", "))})
    SELECT r."id", r."kind", r."entityId", r."submissionId", r."year", r."body"::"Body", r."href", r."title", r."titleZh",
           r."subtitle", r."subtitleZh", r."content", r."haystack", r."pinyin", r."exactKeys", r."tokens", r."prefixes", r."sortAt"
    FROM json_to_recordset(${json}::json) AS r(
      "id" text, "kind" text, "entityId" text, "submissionId" text, "year" int, "body" text, "href" text, "title" text,
      "titleZh" text, "subtitle" text, "subtitleZh" text, "content" text, "haystack" text, "pinyin" text, "exactKeys" text[],
      "tokens" text[], "prefixes" text[], "sortAt" timestamp)`);
}

async function openPgliteTarget(dir: string): Promise<Target> {
  const opened = await openPGlite(dir);
  await applyMigrations(pgliteExecutor(opened.pg));
  const prisma = new PrismaClient({ adapter: new SafePrismaPGlite(opened.pg) });
  return { name: "PGlite", prisma, close: async () => { await prisma.$disconnect(); await opened.close(); } };
}

async function openPostgresTarget(serverUrl: string): Promise<Target> {
  const name = `bench_search_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await applyMigrations(pgExecutor(client));
  await client.end();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    name: "PostgreSQL",
    prisma,
    close: async () => {
      await prisma.$disconnect();
      if (keep) return console.log(`kept PostgreSQL database ${name}`);
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

async function main(): Promise<void> {
  console.log(`search benchmark: ${rows.toLocaleString("en-US")} SYNTHETIC submissions, ${benchQueries.length} queries x ${runs} runs`);
  const scratch = path.resolve(".tmp", `bench-search-${Date.now()}`);
  const targets: Target[] = [];
  try {
    if (only !== "postgres") targets.push(await openPgliteTarget(path.join(scratch, "pglite")));
    if (only !== "pglite") targets.push(await openPostgresTarget(pgServer));

    // Bulk-load practice: drop the GIN indexes, load, build them once (as their migration defines them).
    const definitions = new Map<Target, string[]>();
    for (const target of targets) {
      const rowsOf = await target.prisma.$queryRawUnsafe<Array<{ name: string; definition: string }>>(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'SearchDocument' AND indexdef LIKE '%USING gin%'`,
      );
      // indexdef carries the storage options (fastupdate = off) too.
      const withOptions = rowsOf.map((row) => row.definition);
      for (const row of rowsOf) await target.prisma.$executeRawUnsafe(`DROP INDEX "${row.name}"`);
      definitions.set(target, withOptions);
    }

    let started = Date.now();
    let built = 0;
    for (let offset = 0; offset < rows; offset += BATCH) {
      const batch = synthesize(offset, Math.min(BATCH, rows - offset)).map(buildDocument);
      built += batch.length;
      // PostgreSQL works in its own process while PGlite (in this one) loads the same batch.
      await Promise.all(targets.map((target) => insertBatch(target.prisma, batch)));
      if ((offset / BATCH) % 10 === 0) process.stdout.write(`\r  generated and loaded ${built.toLocaleString("en-US")} rows`);
    }
    console.log(`\r  generated, tokenized and loaded ${built.toLocaleString("en-US")} rows into ${targets.map((t) => t.name).join(" and ")} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    for (const target of targets) {
      started = Date.now();
      for (const definition of definitions.get(target) ?? []) await target.prisma.$executeRawUnsafe(definition);
      await target.prisma.$executeRawUnsafe(`VACUUM ANALYZE "SearchDocument"`);
      const size = await target.prisma.$queryRawUnsafe<Array<{ size: string }>>(
        `SELECT pg_size_pretty(pg_total_relation_size('"SearchDocument"')) AS size`,
      );
      console.log(`  ${target.name}: GIN indexes built and VACUUM ANALYZE in ${((Date.now() - started) / 1000).toFixed(1)} s; table with indexes ${size[0].size}`);
    }
    void hanSyllables; // warm the pinyin dictionary before timing

    const parsed = benchQueries.map((query) => ({ ...query, parsed: parseQuery(query.q) }));
    for (const target of targets) {
      // One untimed pass warms caches and the connection, as a running server would be.
      for (const query of parsed) await runSearch(target.prisma, query.parsed, {}, { offset: 0, limit: 5 });
      const all: number[] = [];
      const byCategory = new Map<string, number[]>();
      const slowest: Array<[number, string]> = [];
      for (let run = 0; run < runs; run++) {
        for (const query of parsed) {
          const t0 = performance.now();
          const result = await runSearch(target.prisma, query.parsed, {}, { offset: 0, limit: 5 });
          const elapsed = performance.now() - t0;
          all.push(elapsed);
          byCategory.set(query.category, [...(byCategory.get(query.category) ?? []), elapsed]);
          slowest.push([elapsed, `${query.q} (${result.reduce((sum, row) => (row.rank === 1 ? sum + row.total : sum), 0)} hits)`]);
        }
      }
      const suggestTimes: number[] = [];
      for (const prefix of ["z", "zh", "zhang", "wang f", "王", "李明", "ch", "ele"]) {
        await runSuggest(target.prisma, prefix);
        const t0 = performance.now();
        await runSuggest(target.prisma, prefix);
        suggestTimes.push(performance.now() - t0);
      }
      all.sort((a, b) => a - b);
      console.log(`\n${target.name}: search, ${all.length} timed queries`);
      console.log(`  all          median ${ms(percentile(all, 50))}   p95 ${ms(percentile(all, 95))}   max ${ms(all[all.length - 1])}`);
      for (const [category, times] of byCategory) {
        times.sort((a, b) => a - b);
        console.log(`  ${category.padEnd(12)} median ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}`);
      }
      suggestTimes.sort((a, b) => a - b);
      console.log(`  suggestions  median ${ms(percentile(suggestTimes, 50))}   max ${ms(suggestTimes[suggestTimes.length - 1])}`);
      slowest.sort((a, b) => b[0] - a[0]);
      console.log(`  slowest: ${slowest.slice(0, 3).map(([time, label]) => `${label} ${time.toFixed(1)} ms`).join("; ")}`);
    }
  } finally {
    for (const target of targets) await target.close().catch((error) => console.error(`closing ${target.name}:`, error));
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
