import "server-only";
import { db } from "@/lib/db";
import type { SearchKind } from "@/lib/search/document";
import { highlight, snippet, type Segment } from "@/lib/search/highlight";
import { cleanQuery, parseQuery } from "@/lib/search/query";
import { runSearch, runSuggest, SEARCH_COUNT_CAP, type SearchDb, type SearchRow, type SuggestRow } from "@/lib/search/sql";
import { parsePage, parseSubmissionFilters, type SubmissionFilters } from "@/lib/data/public/submission-filters";

// Public search. It reads only the search index, which holds nothing but published, visible
// records (lib/search/reindex.ts), and it reads named columns of it.

export const searchKinds: readonly SearchKind[] = [
  "submission", "person", "organization", "ministry", "topic", "reply", "angle", "note",
];

export const SEARCH_OVERVIEW_SIZE = 5;
export const SEARCH_PAGE_SIZE = 20;

type RawParams = Record<string, string | string[] | undefined>;

/** The query, the submission list's filters (they narrow submissions, replies, angles and notes), a kind and a page. */
export interface SearchParams extends Omit<SubmissionFilters, "page" | "sort"> {
  q: string;
  type?: SearchKind;
  page: number;
}

export function parseSearchParams(params: RawParams): SearchParams {
  const rawType = Array.isArray(params.type) ? params.type[0] : params.type;
  const type = searchKinds.find((kind) => kind === rawType);
  const { page: _page, sort: _sort, ...filters } = parseSubmissionFilters(params);
  return { q: cleanQuery(params.q), ...filters, type, page: type ? parsePage(params.page) : 1 };
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  href: string;
  title: Segment[];
  titleZh: Segment[] | null;
  subtitle: Segment[] | null;
  passage: Segment[] | null;
  year: number | null;
  exact: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Matches of this kind, counted up to SEARCH_COUNT_CAP. */
  total: number;
  /** More than `total` matched: the reader is told "200+". */
  more: boolean;
  hits: SearchHit[];
}

export interface SearchOutcome {
  /** The query as used (cleaned and cut to length). */
  query: string;
  /** False when nothing searchable was typed (empty, only punctuation or emoji). */
  searched: boolean;
  groups: SearchGroup[];
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
}

function toHit(row: SearchRow, terms: ReturnType<typeof parseQuery>["highlight"], zh: boolean): SearchHit {
  const passage = snippet(row.content, terms);
  // Rows indexed before the Chinese subtitle existed have none: the English one stands in.
  const subtitle = (zh ? row.subtitleZh : null) ?? row.subtitle;
  return {
    id: row.id,
    kind: row.kind,
    href: row.href,
    title: highlight(row.title, terms),
    titleZh: row.titleZh ? highlight(row.titleZh, terms) : null,
    subtitle: subtitle ? highlight(subtitle, terms) : null,
    passage: passage?.segments ?? null,
    year: row.year,
    exact: row.exact,
  };
}

type Client = SearchDb;

/** `locale` is the reader's (getLocale()): it picks the subtitle's language. */
export function searchPublished(params: SearchParams, locale: string): Promise<SearchOutcome> {
  return searchIn(db, params, locale);
}

/** The search on a given client: the page uses the app's database, the tests several. */
export async function searchIn(client: Client, params: SearchParams, locale = "en"): Promise<SearchOutcome> {
  const parsed = parseQuery(params.q);
  const empty = { query: parsed.text, groups: [], total: 0, more: false, page: 1, pageCount: 1 };
  if (parsed.groups.length === 0) return { ...empty, searched: false };
  const size = params.type ? SEARCH_PAGE_SIZE : SEARCH_OVERVIEW_SIZE;
  const offset = params.type ? (params.page - 1) * size : 0;
  const { q: _q, type, page: _page, ...narrowing } = params;
  const filters = { ...narrowing, kind: type };
  let page = params.page;
  let rows = await runSearch(client, parsed, filters, { offset, limit: size });
  // A page past the end (an old link after unpublishing): show the first page instead.
  if (rows.length === 0 && page > 1) {
    page = 1;
    rows = await runSearch(client, parsed, filters, { offset: 0, limit: size });
  }
  const groups = searchKinds.flatMap((kind): SearchGroup[] => {
    const mine = rows.filter((row) => row.kind === kind);
    if (mine.length === 0) return [];
    const total = Math.min(mine[0].total, SEARCH_COUNT_CAP);
    return [{ kind, total, more: mine[0].total > SEARCH_COUNT_CAP, hits: mine.map((row) => toHit(row, parsed.highlight, locale === "zh")) }];
  });
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  const pageCount = params.type ? Math.max(1, Math.ceil(total / size)) : 1;
  const more = groups.some((group) => group.more);
  return { query: parsed.text, searched: true, groups, total, more, page, pageCount };
}

export interface Suggestion {
  id: string;
  kind: SearchKind;
  href: string;
  title: string;
  titleZh: string | null;
  subtitle: string | null;
}

/** People, organizations, ministries and topics whose name starts with what was typed. */
export function suggestPublished(raw: string | null): Promise<Suggestion[]> {
  return suggestIn(db, raw);
}

export async function suggestIn(client: Client, raw: string | null): Promise<Suggestion[]> {
  const text = cleanQuery(raw ?? "");
  if (!text) return [];
  const rows: SuggestRow[] = await runSuggest(client, text);
  return rows.map(({ id, kind, href, title, titleZh, subtitle }) => ({ id, kind, href, title, titleZh, subtitle }));
}
