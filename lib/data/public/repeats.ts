import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublic } from "@/lib/data/public/cached";

// "Also raised in 2019, 2020 and 2022": the submissions an editor confirmed as raising the same
// matter, followed transitively (a 2019–2020 and a 2020–2022 confirmation make one chain). The
// chain is walked through every confirmed pair, but only published submissions of published
// sessions are returned. One statement whatever the chain's length (a recursive query; UNION
// stops at submissions already reached, so a cycle ends).

export interface RepeatChainItem {
  id: string;
  slug: string;
  year: number;
  body: "NPC" | "CPPCC";
  titleEn: string | null;
  titleZh: string | null;
}

interface ChainRow extends RepeatChainItem {
  root: string;
}

async function loadChains(startIds: string[]): Promise<ChainRow[]> {
  if (startIds.length === 0) return [];
  return db.$queryRaw<ChainRow[]>(Prisma.sql`
    WITH RECURSIVE chain(root, id) AS (
      SELECT start, start FROM unnest(${startIds}::text[]) AS start
      UNION
      SELECT c.root, CASE WHEN l."firstId" = c.id THEN l."secondId" ELSE l."firstId" END
      FROM chain c JOIN "RepeatLink" l ON (l."firstId" = c.id OR l."secondId" = c.id)
      WHERE l."status" = 'CONFIRMED'
    )
    SELECT c.root, s."id", s."slug", se."year", s."body"::text AS "body", s."titleEn", s."titleZh"
    FROM chain c
    JOIN "Submission" s ON s."id" = c.id
    JOIN "Session" se ON se."id" = s."sessionId"
    WHERE s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND se."status" = 'PUBLISHED' AND se."deletedAt" IS NULL
    ORDER BY c.root, se."year", s."id" COLLATE "C"`);
}

/** For each of several submissions, the other published submissions of its chain (one statement). */
export async function listRepeatsOf(submissionIds: string[]): Promise<Map<string, RepeatChainItem[]>> {
  const byRoot = new Map<string, RepeatChainItem[]>();
  for (const { root, ...item } of await loadChains(submissionIds)) {
    if (item.id !== root) byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  }
  return byRoot;
}

/** The other published submissions of the chain a submission belongs to, oldest session first. */
export const getRepeatChain = cachedPublic("repeat-chain", async (submissionId: string): Promise<RepeatChainItem[]> => {
  const rows = await loadChains([submissionId]);
  return rows.filter((row) => row.id !== submissionId).map(({ root: _root, ...item }) => item);
});

/**
 * The chains of several submissions (a person's), each once: a chain holding two of them is
 * listed one time. Only chains with published submissions in at least two sessions.
 */
export const getRepeatChains = cachedPublic("repeat-chains", async (submissionIds: string[]): Promise<RepeatChainItem[][]> => {
  const rows = await loadChains(submissionIds);
  const byRoot = new Map<string, RepeatChainItem[]>();
  for (const { root, ...item } of rows) byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  const seen = new Set<string>();
  const chains: RepeatChainItem[][] = [];
  for (const chain of byRoot.values()) {
    const key = chain.map((item) => item.id).sort().join(",");
    if (seen.has(key) || new Set(chain.map((item) => item.year)).size < 2) continue;
    seen.add(key);
    chains.push(chain);
  }
  // Latest matter first.
  return chains.sort((a, b) => b[b.length - 1].year - a[a.length - 1].year);
});
