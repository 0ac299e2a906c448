import { Prisma } from "@/lib/generated/prisma/client";
import type { Body } from "@/lib/generated/prisma/enums";
import { kindCodes, recencyBucket, recordKinds, type SearchKind } from "@/lib/search/document";
import { filterTokens, type FacetFilters } from "@/lib/search/filter-tokens";
import type { ParsedQuery } from "@/lib/search/query";
import { compactKey } from "@/lib/search/text";

// The SQL of a search, shared by the public data layer and the benchmark. Every value is a bound
// parameter; the only SQL text that varies is which fixed column a recheck reads. Ordering ends
// with the id in the "C" collation, so PGlite (C.UTF-8) and a PostgreSQL server in any locale
// sort ties alike. Ordering by an expression, never by a bare indexed column, keeps the planner
// from walking an index in sort order and filtering row by row (see STACK-NOTES, search).

type Queryable = { $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

const recheckColumns = { haystack: Prisma.raw(`d."haystack"`), pinyin: Prisma.raw(`d."pinyin"`) } as const;

export interface SearchFilters extends FacetFilters {
  year?: number;
  body?: Body;
  kind?: SearchKind;
}

type Alternative = ParsedQuery["groups"][number]["alternatives"][number];

/** Drops alternatives that another, looser one already covers ({charg, station} when {charg} is there). */
function prune(alternatives: Alternative[]): Alternative[] {
  return alternatives.filter((alternative, index) => {
    const tokens = new Set(alternative.tokens);
    return !alternatives.some((other, otherIndex) => {
      if (other === alternative || other.recheck || !other.tokens.every((token) => tokens.has(token))) return false;
      // Looser (fewer tokens or no recheck), or the same and listed earlier.
      return other.tokens.length < tokens.size || Boolean(alternative.recheck) || otherIndex < index;
    });
  });
}

/**
 * The match for one kind: every group, each an OR of its alternatives. Single-token alternatives
 * become one overlap test (one index probe); all tokens carry the kind's code and the filters.
 */
function matchSql(parsed: ParsedQuery, kind: SearchKind, filters: SearchFilters, buckets?: string[]): Prisma.Sql {
  const code = kindCodes[kind];
  const scope = scopeOf(kind, filters);
  const prefix = (tokens: string[]) => [...tokens, ...scope].map((token) => `${code}|${token}`);
  // In every alternative, next to its tokens, so the index answers it (never a row-by-row filter).
  const window = buckets ? Prisma.sql` AND d."tokens" && ${buckets}::text[]` : Prisma.empty;
  const groups = parsed.groups.map((group) => {
    const alternatives = prune(group.alternatives);
    const singles = alternatives.filter((alternative) => alternative.tokens.length === 1 && !alternative.recheck);
    const parts: Prisma.Sql[] = [];
    if (singles.length > 0) {
      const any = Prisma.sql`d."tokens" && ${singles.map((alternative) => `${code}|${alternative.tokens[0]}`)}::text[]`;
      parts.push(scope.length > 0 ? Prisma.sql`(${any} AND d."tokens" @> ${prefix([])}::text[]${window})` : Prisma.sql`(${any}${window})`);
    }
    for (const alternative of alternatives) {
      if (singles.includes(alternative)) continue;
      const tokens = Prisma.sql`d."tokens" @> ${prefix(alternative.tokens)}::text[]${window}`;
      parts.push(alternative.recheck
        ? Prisma.sql`(${tokens} AND ${recheckColumns[alternative.recheck.column]} LIKE ${alternative.recheck.pattern} ESCAPE '\\')`
        : tokens);
    }
    return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
  });
  return Prisma.join(groups, " AND ");
}

/** The filters, where the kind belongs to a submission (people and topics have no year, body...). */
function scopeOf(kind: SearchKind, filters: SearchFilters): string[] {
  const scope: string[] = [];
  if (recordKinds.includes(kind)) {
    if (filters.year) scope.push(`y:${filters.year}`);
    if (filters.body) scope.push(`b:${filters.body.toLowerCase()}`);
    scope.push(...filterTokens(filters));
  }
  return scope;
}

export interface SearchRow {
  id: string;
  kind: SearchKind;
  entityId: string;
  href: string;
  title: string;
  titleZh: string | null;
  subtitle: string | null;
  subtitleZh: string | null;
  content: string;
  year: number | null;
  body: Body | null;
  sortAt: Date;
  exact: boolean;
  rank: number;
  /** Matches of this kind, counted up to SEARCH_COUNT_CAP + 1. */
  total: number;
}

/**
 * Matches are counted up to this many per kind ("200+"), and only the first this many can be paged
 * through: beyond that a reader refines the query. It bounds the rows any search reads.
 */
export const SEARCH_COUNT_CAP = 200;
/** Recency windows tried for a broad query, in buckets (about a month each); then everything. */
const WINDOWS = [2, 8, 32];

export const searchKindsAll: readonly SearchKind[] = [
  "submission", "person", "organization", "ministry", "topic", "reply", "angle", "note",
];

interface Hit {
  id: string;
  kind: SearchKind;
  sortAt: Date;
}

/** Exact title or name matches first, then the newest, then the id in code-unit ("C") order. */
function rank(exact: Set<string>) {
  return (a: Hit, b: Hit) =>
    Number(exact.has(b.id)) - Number(exact.has(a.id)) ||
    b.sortAt.getTime() - a.sortAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type Transactional = { $transaction<R>(work: (tx: Queryable) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R> };
export type SearchDb = Queryable & Transactional;

/**
 * The first `limit` results of each kind after `offset` (or of one kind when filters.kind is set),
 * with how many of that kind matched (capped at SEARCH_COUNT_CAP + 1).
 *
 * 1. Per kind, the ids of up to CAP + 1 matches (one statement for all kinds), and the exact matches.
 *    A kind with at most CAP matches is then ranked in full, in memory.
 * 2. A kind with more is "broad": only its newest recency buckets are read, widening until they
 *    hold enough matches (every document of a later bucket is newer than any of an earlier one).
 * 3. The display columns of the chosen rows only.
 * All in one transaction that forbids sequential scans: the cost model cannot see that checking a
 * token array row by row is expensive (the array must be detoasted), and on a large table such a
 * "cheap" scan took seconds where the GIN index takes milliseconds.
 */
export async function runSearch(
  db: SearchDb,
  parsed: ParsedQuery,
  filters: SearchFilters,
  window: { offset: number; limit: number },
): Promise<SearchRow[]> {
  if (parsed.groups.length === 0) return [];
  const kinds = filters.kind ? [filters.kind] : searchKindsAll;
  const need = Math.min(window.offset + window.limit, SEARCH_COUNT_CAP);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw(Prisma.sql`SELECT set_config('enable_seqscan', 'off', true)`);
    const exactTokens = kinds.map((kind) => `${kindCodes[kind]}|${parsed.exactToken}`);
    const first = await tx.$queryRaw<Array<Hit & { exact: boolean }>>(Prisma.sql`
      ${Prisma.join(kinds.map((kind) => Prisma.sql`(
        SELECT d."id", ${kind}::text AS "kind", d."sortAt", false AS "exact" FROM "SearchDocument" d
        WHERE ${matchSql(parsed, kind, filters)} LIMIT ${SEARCH_COUNT_CAP + 1})`), " UNION ALL ")}
      UNION ALL (SELECT d."id", d."kind", d."sortAt", true AS "exact" FROM "SearchDocument" d
        WHERE d."tokens" && ${exactTokens}::text[] LIMIT 100)`);

    const exactCandidates = first.filter((hit) => hit.exact);
    const chosen = new Map<SearchKind, { hits: Hit[]; total: number; exact: Set<string> }>();
    const broad: SearchKind[] = [];
    for (const kind of kinds) {
      const hits = first.filter((hit) => !hit.exact && hit.kind === kind);
      if (hits.length === 0) continue;
      const ids = new Set(hits.map((hit) => hit.id));
      const exact = new Set(exactCandidates.filter((hit) => hit.kind === kind).map((hit) => hit.id));
      if (hits.length <= SEARCH_COUNT_CAP) {
        // Exact only when it also matches the query (and the filters).
        for (const id of exact) if (!ids.has(id)) exact.delete(id);
        chosen.set(kind, { hits: hits.sort(rank(exact)), total: hits.length, exact });
      } else {
        chosen.set(kind, { hits: [], total: hits.length, exact });
        broad.push(kind);
      }
    }

    let attempt = 0;
    let todo = broad;
    while (todo.length > 0) {
      const size = attempt < WINDOWS.length ? WINDOWS[attempt] : null;
      const newest = await tx.$queryRaw<Array<{ kind: SearchKind; newest: Date | null }>>(Prisma.join(
        todo.map((kind) => Prisma.sql`SELECT ${kind}::text AS "kind", (SELECT max(d."sortAt") FROM "SearchDocument" d WHERE d."kind" = ${kind}) AS "newest"`),
        " UNION ALL ",
      ));
      const found = await tx.$queryRaw<Array<Hit & { exact: boolean; windowed: boolean }>>(Prisma.join(todo.map((kind) => {
        const entry = chosen.get(kind)!;
        const latest = newest.find((row) => row.kind === kind)?.newest;
        const exactIds = [...entry.exact];
        const select = (windowed: boolean) => Prisma.sql`SELECT d."id", ${kind}::text AS "kind", d."sortAt",
          d."id" = ANY(${exactIds}::text[]) AS "exact", ${windowed} AS "windowed" FROM "SearchDocument" d`;
        const buckets = size !== null && latest
          ? Array.from({ length: size }, (_, i) => `${kindCodes[kind]}|t:${recencyBucket(latest) - i}`)
          : undefined;
        const newestRows = Prisma.sql`(${select(true)} WHERE ${matchSql(parsed, kind, filters, buckets)}
          ORDER BY d."sortAt" DESC, d."id" COLLATE "C" LIMIT ${need})`;
        // Exact matches rank first wherever they are in time: fetched by id, apart from the window.
        if (exactIds.length === 0) return newestRows;
        return Prisma.sql`${newestRows} UNION ALL (${select(false)} WHERE d."id" = ANY(${exactIds}::text[]) AND (${matchSql(parsed, kind, filters)}))`;
      }), " UNION ALL "));
      const retry: SearchKind[] = [];
      for (const kind of todo) {
        const entry = chosen.get(kind)!;
        const mine = found.filter((hit) => hit.kind === kind);
        // Fewer than `need` in the window: older matches may belong in the page. Widen.
        if (size !== null && mine.filter((hit) => hit.windowed).length < need) {
          retry.push(kind);
          continue;
        }
        const unique = new Map(mine.map((hit) => [hit.id, hit]));
        entry.exact = new Set([...unique.values()].filter((hit) => hit.exact).map((hit) => hit.id));
        entry.hits = [...unique.values()].sort(rank(entry.exact));
      }
      todo = retry;
      attempt++;
    }

    const page = [...chosen.entries()].flatMap(([kind, entry]) =>
      entry.hits.slice(window.offset, window.offset + window.limit).map((hit, index) => ({
        id: hit.id, kind, exact: entry.exact.has(hit.id), rank: window.offset + index + 1, total: entry.total,
      })),
    );
    if (page.length === 0) return [];
    const rows = await tx.$queryRaw<Array<Omit<SearchRow, "rank" | "total" | "exact">>>(Prisma.sql`
      SELECT d."id", d."kind", d."entityId", d."href", d."title", d."titleZh", d."subtitle", d."subtitleZh", d."content",
             d."year", d."body"::text AS "body", d."sortAt"
      FROM "SearchDocument" d WHERE d."id" = ANY(${page.map((hit) => hit.id)}::text[])`);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return page.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row ? [{ ...row, kind: hit.kind, exact: hit.exact, rank: hit.rank, total: hit.total }] : [];
    });
  }, { maxWait: 10_000, timeout: 20_000 });
}

export interface SuggestRow {
  id: string;
  kind: SearchKind;
  href: string;
  title: string;
  titleZh: string | null;
  subtitle: string | null;
}

export const SUGGEST_PREFIX_MAX = 24;

/** Names starting with what was typed (in English, Chinese or pinyin), exact names first. */
export async function runSuggest(db: Queryable, text: string, limit = 8): Promise<SuggestRow[]> {
  const compact = Array.from(compactKey(text)).slice(0, SUGGEST_PREFIX_MAX).join("");
  if (!compact) return [];
  return db.$queryRaw<SuggestRow[]>(Prisma.sql`
    SELECT d."id", d."kind", d."href", d."title", d."titleZh", d."subtitle"
    FROM "SearchDocument" d
    WHERE d."prefixes" @> ARRAY[${`s:${compact}`}]::text[]
      AND d."kind" IN ('person', 'organization', 'ministry', 'topic')
    ORDER BY (d."tokens" @> ARRAY[${`x:${compact}`}]::text[]) DESC, length(d."title"), d."title" COLLATE "C", d."id" COLLATE "C"
    LIMIT ${limit}`);
}
