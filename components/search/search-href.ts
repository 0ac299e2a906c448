import type { SearchParams } from "@/lib/data/public/search";

/** The address of a search, keeping its filters; empty values are left out. */
export function searchHref(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.year) query.set("year", String(params.year));
  if (params.body) query.set("body", params.body);
  if (params.type) query.set("type", params.type);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}

/** "1 result", "12 results", "200+ results" when the count was capped. */
export function formatCount(count: number, more = false): string {
  return `${count.toLocaleString("en-US")}${more ? "+" : ""} result${count === 1 && !more ? "" : "s"}`;
}
