import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchIn, suggestIn, type SearchOutcome, type SearchParams } from "@/lib/data/public/search";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openEmptyMemoryPGlite } from "@/tests/support/memory-pglite";
import { createPostgresDatabase } from "@/tests/support/postgres-database";
import { buildDocument } from "@/lib/search/document";
import { BUCKET_MS } from "@/lib/search/document";
import { corpusIds as c, loadSearchCorpus } from "@/tests/support/search-corpus";
import { suiteDatabase } from "@/tests/support/suite-database";
import { querySet, type QueryCase } from "@/tests/support/search-queries";

// The issue's bilingual queries and our own set, run against the same fixed corpus on an embedded
// PGlite AND a PostgreSQL database, asserting what each must (and must never) find, and that both
// databases return exactly the same rows in the same order. On `npm test` the PostgreSQL half uses
// the local server when it answers; in CI it always does (and the TEST_DATABASE_URL run uses it).

interface Database {
  name: string;
  prisma: PrismaClient;
  close: () => Promise<void>;
}

const databases: Database[] = [];

async function openPglite(): Promise<Database> {
  const pglite = await openEmptyMemoryPGlite();
  await applyMigrations(pgliteExecutor(pglite));
  const prisma = new PrismaClient({ adapter: new SafePrismaPGlite(pglite) });
  return { name: "PGlite", prisma, close: async () => { await prisma.$disconnect(); await pglite.close(); } };
}

async function postgresServer(): Promise<string | null> {
  const suite = suiteDatabase();
  if (suite.kind === "postgres") return suite.serverUrl;
  const url = process.env.SEARCH_COMPARE_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function openPostgres(): Promise<Database | null> {
  const server = await postgresServer();
  if (!server) return null;
  const database = await createPostgresDatabase(server, { migrate: true });
  const handle = createPrismaClient({ kind: "postgres", url: database.url });
  return { name: "PostgreSQL", prisma: handle.prisma, close: async () => { await handle.close(); await database.drop(); } };
}

beforeAll(async () => {
  const opened = await Promise.all([openPglite(), openPostgres()]);
  for (const database of opened) {
    if (!database) continue;
    databases.push(database);
    await loadSearchCorpus(database.prisma);
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(databases.map((database) => database.close()));
});

function params(query: QueryCase): SearchParams {
  return { q: query.q, year: query.year, body: query.body, ...query.filters, type: query.type, page: 1 };
}

/** What is compared across databases: every group's kind, total and ids in order. */
function shape(outcome: SearchOutcome) {
  return {
    query: outcome.query,
    searched: outcome.searched,
    groups: outcome.groups.map((group) => ({ kind: group.kind, total: group.total, ids: group.hits.map((hit) => hit.id) })),
  };
}

const idsOf = (outcome: SearchOutcome) => outcome.groups.flatMap((group) => group.hits.map((hit) => hit.id.split(":")[1]));

describe("the search query set", () => {
  it("has the issue's bilingual queries and at least 40 of our own", () => {
    expect(querySet.filter((query) => query.set === "issue").length).toBeGreaterThanOrEqual(8);
    expect(querySet.filter((query) => query.set === "own").length).toBeGreaterThanOrEqual(40);
  });

  it("runs on two databases when PostgreSQL is reachable (always in CI)", () => {
    if (process.env.CI) expect(databases.map((database) => database.name)).toEqual(["PGlite", "PostgreSQL"]);
    expect(databases.length).toBeGreaterThanOrEqual(1);
  });

  for (const query of querySet) {
    it(`${query.set}: ${JSON.stringify(query.q).slice(0, 60)}${query.year ? ` year=${query.year}` : ""}${query.body ? ` body=${query.body}` : ""}${query.filters ? ` ${JSON.stringify(query.filters)}` : ""}`, async () => {
      const outcomes: SearchOutcome[] = [];
      for (const database of databases) {
        const outcome = await searchIn(database.prisma, params(query));
        const found = idsOf(outcome);
        for (const id of query.finds ?? []) expect(found, `${database.name} should find ${id}`).toContain(id);
        for (const id of query.never ?? []) expect(found, `${database.name} must not find ${id}`).not.toContain(id);
        if (query.first) {
          const group = outcome.groups.find((candidate) => candidate.kind === query.first!.kind);
          expect(group?.hits[0]?.id, `${database.name}: first ${query.first.kind}`).toBe(`${query.first.kind}:${query.first.id}`);
        }
        if (query.nothing) expect(outcome.groups, database.name).toEqual([]);
        outcomes.push(outcome);
      }
      for (const outcome of outcomes.slice(1)) expect(shape(outcome)).toEqual(shape(outcomes[0]));
    });
  }

  it("suggests people, organizations and topics by English, Chinese and pinyin prefixes, alike on both", async () => {
    const cases: Array<[string, string]> = [
      ["ma h", c.maHuateng], ["马化", c.maHuateng], ["mahua", c.maHuateng], ["pony", c.maHuateng], ["lei", c.leiJun],
      ["tenc", c.tencent], ["腾", c.tencent], ["auto", c.topicDriving], ["自动", c.topicDriving], ["工信", c.miit],
      ["ministry of tr", c.transport], ["liyan", c.robinLi],
    ];
    for (const [typed, id] of cases) {
      const results = await Promise.all(databases.map((database) => suggestIn(database.prisma, typed)));
      for (const suggestions of results) expect(suggestions.map((s) => s.id), typed).toContain(`${suggestions.find((s) => s.id.endsWith(id))?.kind}:${id}`);
      for (const suggestions of results.slice(1)) expect(suggestions).toEqual(results[0]);
    }
    for (const database of databases) {
      expect(await suggestIn(database.prisma, "zhuang"), "a draft person is never suggested").toEqual([]);
      expect(await suggestIn(database.prisma, "")).toEqual([]);
      expect(await suggestIn(database.prisma, "%")).toEqual([]);
      expect(await suggestIn(database.prisma, "x".repeat(10_000))).toEqual([]);
    }
  });

  it("ranks a broad query (more than 200 matches) exactly as a full sort would, alike on both", async () => {
    // 450 synthetic submissions over ~60 recency buckets, some sharing a timestamp (ties by id).
    const docs = Array.from({ length: 450 }, (_, i) =>
      buildDocument({
        kind: "submission", entityId: `broad-${String(i).padStart(3, "0")}`, submissionId: `broad-${i}`, year: 2030 + (i % 3),
        body: i % 2 ? "NPC" : "CPPCC", href: `/submissions/broad-${i}`, title: `Synthetic broad record ${i}`,
        content: "zzbroadword 宽泛测试", sortAt: new Date(Date.UTC(2030, 0, 1) + Math.floor((i * 7919) % 450 / 3) * (BUCKET_MS / 2.5)),
        fields: [{ text: `Synthetic broad record ${i}`, title: true }, { text: "zzbroadword 宽泛测试" }],
      }),
    );
    const expected = [...docs].sort((a, b) => b.sortAt.getTime() - a.sortAt.getTime() || (a.id < b.id ? -1 : 1));
    const results: unknown[] = [];
    for (const database of databases) {
      await database.prisma.searchDocument.createMany({ data: docs });
      for (const q of ["zzbroadword", "宽泛"]) {
        const all: string[] = [];
        for (let page = 1; page <= 11; page++) {
          const outcome = await searchIn(database.prisma, { q, type: "submission", page });
          const group = outcome.groups[0];
          expect(group).toMatchObject({ kind: "submission", total: 200, more: true });
          if (page <= 10) expect(outcome.page).toBe(page);
          else expect(outcome.page, "past the 200th result: back to page 1").toBe(1);
          if (page <= 10) all.push(...group.hits.map((hit) => hit.id));
        }
        expect(all, `${database.name} ${q}`).toEqual(expected.slice(0, 200).map((doc) => doc.id));
        const overview = await searchIn(database.prisma, { q, page: 1 });
        expect(overview.groups[0].hits.map((hit) => hit.id)).toEqual(expected.slice(0, 5).map((doc) => doc.id));
        const filtered = await searchIn(database.prisma, { q, year: 2031, body: "NPC", type: "submission", page: 1 });
        const expectedFiltered = expected.filter((doc) => doc.year === 2031 && doc.body === "NPC");
        expect(filtered.groups[0].total).toBe(Math.min(expectedFiltered.length, 200));
        expect(filtered.groups[0].hits.map((hit) => hit.id)).toEqual(expectedFiltered.slice(0, 20).map((doc) => doc.id));
        results.push(shape(overview));
      }
      await database.prisma.searchDocument.deleteMany({ where: { id: { in: docs.map((doc) => doc.id) } } });
    }
    if (results.length === 4) expect(results.slice(2)).toEqual(results.slice(0, 2));
  }, 120_000);
});
