import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";

// Public reads served from Next's data cache across requests (STACK-NOTES: cache hits, not faster
// rendering, make public pages fast), invalidated by tag on every publish or edit, and also
// refreshed every few minutes so day counts such as "overdue by N days" move on by themselves.
//
// unstable_cache, not "use cache": the directive needs cacheComponents, which changes how every
// route renders (admin and sign-in included). unstable_cache stores JSON, so Dates are tagged
// on the way in and revived on the way out.

// Five minutes: tag expiry reaches only the instance that handled the save, so with several app
// instances the others catch up within this bound.
const REVALIDATE_SECONDS = 300;
const DATE_KEY = "__date";

function encode(value: unknown): unknown {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === DATE_KEY && typeof entries[0][1] === "string") return new Date(entries[0][1]);
    return Object.fromEntries(entries.map(([key, inner]) => [key, decode(inner)]));
  }
  return value;
}

/**
 * A public data function, cached across requests under `name` + its arguments and deduplicated
 * within a request (generateMetadata and the page share one read). Arguments must be JSON.
 */
export function cachedPublic<Args extends unknown[], Result>(
  name: string,
  load: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const stored = unstable_cache(async (...args: Args) => encode(await load(...args)), ["public", name], {
    tags: [PUBLIC_DATA_TAG],
    revalidate: REVALIDATE_SECONDS,
  });
  return cache(async (...args: Args) => decode(await stored(...args)) as Result);
}
