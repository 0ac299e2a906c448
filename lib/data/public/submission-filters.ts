import "server-only";
import { AngleStrength, Body, ReplyResult, TextProvenance } from "@/lib/generated/prisma/enums";
import type { FacetFilters } from "@/lib/search/filter-tokens";

// The /submissions query string is typed by readers and pasted into articles, so anything odd in
// it (year=abc, page=-3, body=XYZ, a repeated key) is dropped or clamped, never an error page.

export const SUBMISSIONS_PAGE_SIZE = 20;

/** The search index's facet filters (topic, ministry, result, strength, provenance, reply) plus year and body. */
export interface SubmissionFilters extends FacetFilters {
  year?: number;
  body?: Body;
  /** Absent means the default order, newest first, so a link without it stays the same list. */
  sort?: SubmissionSort;
  page: number;
}

/** The orders a reader may choose; the first is the default and never written into the address. */
export const SUBMISSION_SORTS = ["newest", "oldest", "cosigners", "title"] as const;
export type SubmissionSort = (typeof SUBMISSION_SORTS)[number];
export const DEFAULT_SORT: SubmissionSort = "newest";

/** The filters that narrow the list (everything but the page), in the order they appear in links. */
export const FILTER_KEYS = ["year", "body", "topic", "ministry", "result", "strength", "provenance", "hasReply"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

type RawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Four digits: the only shape a session year has (tests use synthetic years up to 9999). */
export function parseYear(value: string | string[] | undefined): number | undefined {
  const raw = first(value)?.trim();
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
}

export function parseBody(value: string | string[] | undefined): Body | undefined {
  const raw = first(value)?.trim().toUpperCase();
  return raw === Body.NPC || raw === Body.CPPCC ? raw : undefined;
}

/** A whole number from 1 up; anything else is page 1. The upper clamp needs the total, later. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = first(value)?.trim();
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** A slug as the app makes them: lower-case letters, digits and hyphens. */
export function parseSlug(value: string | string[] | undefined): string | undefined {
  const raw = first(value)?.trim().toLowerCase();
  return raw && /^[a-z0-9][a-z0-9-]{0,119}$/.test(raw) ? raw : undefined;
}

function parseEnum<T extends string>(allowed: Record<string, T>, value: string | string[] | undefined): T | undefined {
  const raw = first(value)?.trim().toUpperCase();
  return raw && Object.values(allowed).includes(raw as T) ? (raw as T) : undefined;
}

export function parseSort(value: string | string[] | undefined): SubmissionSort | undefined {
  const raw = first(value)?.trim().toLowerCase();
  return SUBMISSION_SORTS.find((sort) => sort === raw && sort !== DEFAULT_SORT);
}

export function parseSubmissionFilters(params: RawParams): SubmissionFilters {
  const hasReply = first(params.hasReply)?.trim().toLowerCase();
  return {
    year: parseYear(params.year),
    body: parseBody(params.body),
    topic: parseSlug(params.topic),
    ministry: parseSlug(params.ministry),
    result: parseEnum(ReplyResult, params.result),
    strength: parseEnum(AngleStrength, params.strength),
    provenance: parseEnum(TextProvenance, params.provenance),
    hasReply: hasReply === "yes" || hasReply === "no" ? hasReply : undefined,
    sort: parseSort(params.sort),
    page: parsePage(params.page),
  };
}

/** The list's address for these filters and page: only set filters, page only past the first. */
export function submissionsHref(filters: Omit<SubmissionFilters, "page">, page = 1): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (filters.sort && filters.sort !== DEFAULT_SORT) params.set("sort", filters.sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/submissions?${query}` : "/submissions";
}
