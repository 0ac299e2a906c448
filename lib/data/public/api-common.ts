import "server-only";
import type { ApiRef, ApiSource } from "@/lib/api/schemas";
import type { PageQuery } from "@/lib/api/query";

// Shared pieces of the API's queries: the source select, the date formats and keyset pagination.

export const citationsSelect = {
  orderBy: { id: "asc" },
  select: {
    locator: true,
    source: { select: { id: true, kind: true, title: true, publisher: true, url: true, publishedOn: true, year: true } },
  },
} as const;

export const refSelect = { id: true, slug: true, nameEn: true, nameZh: true } as const;

type CitationRow = {
  locator: string | null;
  source: { id: string; kind: ApiSource["kind"]; title: string; publisher: string | null; url: string | null; publishedOn: Date | null; year: number | null };
};

export const dateOnly = (date: Date): string => date.toISOString().slice(0, 10);
export const dateOnlyOrNull = (date: Date | null): string | null => (date ? dateOnly(date) : null);
export const instantOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toApiSources(citations: CitationRow[]): ApiSource[] {
  return citations.map(({ locator, source }) => ({ ...source, publishedOn: dateOnlyOrNull(source.publishedOn), locator }));
}

export type RefKind = "people" | "organizations" | "ministries" | "topics" | "submissions";

/** A named record with the address of its public page (DOMAIN.md fixes these addresses). */
export function toApiRef(
  row: { id: string; slug: string; nameEn: string; nameZh: string | null },
  kind: RefKind,
  origin: string,
): ApiRef {
  return { ...row, url: `${origin}/${kind}/${encodeURIComponent(row.slug)}` };
}

export interface ApiPage<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/**
 * Keyset pagination on the id: stable while rows are added or removed between pages (an offset
 * would skip or repeat rows), and as cheap on page 500 as on page 1.
 */
export async function keysetPage<Row extends { id: string }, Where>(
  query: PageQuery,
  where: Where,
  find: (args: { where: Where; orderBy: { id: "asc" }; take: number }) => Promise<Row[]>,
  count: (args: { where: Where }) => Promise<number>,
): Promise<{ rows: Row[]; total: number; nextCursor: string | null }> {
  const scoped = (query.id ? { AND: [where, { id: query.id }] } : where) as Where;
  const pageWhere = (query.cursor ? { AND: [scoped, { id: { gt: query.cursor } }] } : scoped) as Where;
  const [rows, total] = await Promise.all([
    find({ where: pageWhere, orderBy: { id: "asc" }, take: query.limit + 1 }),
    count({ where: scoped }),
  ]);
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  return { rows: page, total, nextCursor: more ? page[page.length - 1].id : null };
}
