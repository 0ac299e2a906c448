import type { SearchParams } from "@/lib/data/public/search";
import { FILTER_KEYS } from "@/lib/data/public/submission-filters";

/** The address of a search, keeping its filters (in the list's order); empty values are left out. */
export function searchHref(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (value !== undefined) query.set(key, String(value));
  }
  if (params.type) query.set("type", params.type);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
