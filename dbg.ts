import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseQuery } from "@/lib/search/query";
import * as sqlmod from "@/lib/search/sql";
const db = process.argv[2]; const q = process.argv[3];
const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${db}` });
await client.connect(); await client.query("SET enable_seqscan = off");
const parsed = parseQuery(q);
const captured: Array<[Prisma.Sql, number]> = [];
const fake = { $queryRaw: async (s: Prisma.Sql) => { const t = performance.now(); const r = await client.query(s.text, s.values as unknown[]); captured.push([s, performance.now() - t]); return r.rows; },
  $transaction: async (fn: any) => fn(fake) };
for (let i = 0; i < 2; i++) { captured.length = 0; const t0 = performance.now();
await sqlmod.runSearch(fake as any, parsed, {}, { offset: 0, limit: 5 });
console.log("total", (performance.now() - t0).toFixed(1), "ms;", captured.map(([s, t]) => `${t.toFixed(1)}ms/${s.text.length}ch/${s.values.length}p`).join(" ")); }
if (process.argv[4]) { const s = captured[Number(process.argv[4])][0]; const r = await client.query("EXPLAIN (ANALYZE) " + s.text, s.values as unknown[]); console.log(r.rows.map((x: any) => x["QUERY PLAN"]).join("\n").slice(0, 6000)); }
await client.end();
