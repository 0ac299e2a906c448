import "server-only";
import { db } from "@/lib/db";

// Expiring cache tags from code that runs outside a request (the scheduled-publication timer),
// where Next's updateTag/revalidateTag refuse to run. It does by hand what the cache handler
// (lib/cache/cache-handler.mjs) does for them: records the expiry in this process's registry,
// which the handler applies before every cached read, and in the CacheTagExpiry table, which every
// instance on the same PostgreSQL database reads a few times a second. On the embedded database
// the table is written too, harmlessly: a single process reads the registry.

const REGISTRY = Symbol.for("two-sessions-tracker.expired-tags");

type Entry = { stale?: number; expired?: number };

export async function expireTagsOutsideRequest(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const now = Date.now();
  const holder = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>;
  const registry = (holder[REGISTRY] ??= new Map());
  for (const tag of tags) registry.set(tag, { ...registry.get(tag), expired: now });
  await db.$executeRaw`
    INSERT INTO "CacheTagExpiry" ("tag", "expiredAt", "updatedAt")
    SELECT t, ${now}::bigint, now() FROM unnest(${tags}::text[]) AS t
    ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = GREATEST("CacheTagExpiry"."expiredAt", EXCLUDED."expiredAt"), "updatedAt" = now()`;
}
