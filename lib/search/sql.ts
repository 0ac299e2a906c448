import { Prisma } from "@/lib/generated/prisma/client";
import type { Body } from "@/lib/generated/prisma/enums";
import type { SearchKind } from "@/lib/search/document";
import type { ParsedQuery } from "@/lib/search/query";
import { compactKey } from "@/lib/search/text";

// The SQL of a search, shared by the public data layer and the benchmark. Every value is a bound
// parameter; the only SQL text that varies is which fixed column a recheck reads. Ordering ends
// with the id in the "C" collation, so PGlite (C.UTF-8) and a PostgreSQL server in any locale
// sort ties alike. Ordering by an expression, never by a bare indexed column, keeps the planner
// from walking an index in sort order and filtering row by row (see STACK-NOTES, search).

type Queryable = { $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

const recheckColumns = { haystack: Prisma.raw(`d."haystack"`), pinyin: Prisma.raw(`d."pinyin"`) } as const;

export interface SearchFilters {
  year?: number;
  body?: Body;
  kind?: SearchKind;
}

function matchSql(parsed: ParsedQuery): Prisma.Sql {
  const groups = parsed.groups.map((group) => {
    const alternatives = group.alternatives.map((alternative) => {
      const tokens = Prisma.sql`d."tokens" @> ${alternative.tokens}::text[]`;
      if (!alternative.recheck) return tokens;
      return Prisma.sql`(${tokens} AND ${recheckColumns[alternative.recheck.column]} LIKE ${alternative.recheck.pattern} ESCAPE '\\')`;
    });
    return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
  });
  return Prisma.join(groups, " AND ");
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  // People, organizations and topics have no year or body: the filters narrow the records only.
  if (filters.year) parts.push(Prisma.sql`(d."year" IS NULL OR d."year" = ${filters.year})`);
  if (filters.body) parts.push(Prisma.sql`(d."body" IS NULL OR d."body"::text = ${filters.body})`);
  if (filters.kind) parts.push(Prisma.sql`d."kind" = ${filters.kind}`);
  return parts.length > 0 ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export interface SearchRow {
  id: string;
  kind: SearchKind;
  entityId: string;
  href: string;
  title: string;
  titleZh: string | null;
  subtitle: string | null;
  content: string;
  year: number | null;
  body: Body | null;
  sortAt: Date;
  exact: boolean;
  rank: number;
  total: number;
}

/**
 * The first `limit` results of each kind after `offset` (or of one kind when filters.kind is set),
 * with how many of that kind matched in all.
 */
export async function runSearch(
  db: Queryable,
  parsed: ParsedQuery,
  filters: SearchFilters,
  window: { offset: number; limit: number },
): Promise<SearchRow[]> {
  if (parsed.groups.length === 0) return [];
  return db.$queryRaw<SearchRow[]>(Prisma.sql`
    WITH ranked AS (
      SELECT d."id", d."kind",
             d."tokens" @> ARRAY[${parsed.exactToken}]::text[] AS "exact",
             row_number() OVER (
               PARTITION BY d."kind"
               ORDER BY (d."tokens" @> ARRAY[${parsed.exactToken}]::text[]) DESC, d."sortAt" DESC, d."id" COLLATE "C"
             ) AS "rank",
             count(*) OVER (PARTITION BY d."kind") AS "total"
      FROM "SearchDocument" d
      WHERE ${matchSql(parsed)}${filterSql(filters)}
    )
    SELECT d."id", d."kind", d."entityId", d."href", d."title", d."titleZh", d."subtitle", d."content",
           d."year", d."body"::text AS "body", d."sortAt", r."exact", r."rank"::int AS "rank", r."total"::int AS "total"
    FROM ranked r JOIN "SearchDocument" d ON d."id" = r."id"
    WHERE r."rank" > ${window.offset} AND r."rank" <= ${window.offset + window.limit}
    ORDER BY r."kind" COLLATE "C", r."rank"`);
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
