// Next's data cache handler (next.config.js `cacheHandler`), loaded by the Next server itself,
// outside the app bundle: hence plain JavaScript, and hence this file reads DATABASE_URL directly
// (the one exception to lib/env.ts, which validated it when the server started).
//
// It is Next's own default handler (in-memory entries) plus one thing: cache tag expiry is shared
// by every app instance on one PostgreSQL database. Public pages are cached under the tag
// "public-data" (lib/data/public/cached.ts); a save expires it (updateTag) on the instance that
// handled the save. Here that expiry is also written to the CacheTagExpiry table, and every
// instance reads the table at most every SYNC_MS (one tiny query, only when a request reads the
// cache) into Next's tag manifest, which Next checks on every cached read. So an edit shows on
// every instance within a second, not after the five-minute time limit.
//
// On the embedded database (PGlite, one process by design) there is nothing to share: tag expiry
// stays in process, as with Next's default. Code that expires tags outside a request (the
// scheduled-publication timer) writes the table and the in-process registry below; see
// lib/cache/expire-tags.ts.
//
// Next's default handler and tag manifest are internal modules: pinned with next's exact version
// (package.json); tests/e2e/shared-cache.test.ts fails if an upgrade moves them.
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import pg from "pg";

// Loaded by Node, the default import is the CommonJS exports (class at .default); bundled by
// Next's compiler (it bundles this file), it is the class itself.
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { tagsManifest } = tagsManifestModule;

const SYNC_MS = 250;
const REGISTRY = Symbol.for("two-sessions-tracker.expired-tags");

/** Tags expired in this process outside a request: tag -> { stale?, expired? } in ms. */
function registry() {
  const holder = globalThis;
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** Takes the later of each time: expiry only ever moves forward. */
function merge(tag, entry) {
  const current = tagsManifest.get(tag) ?? {};
  const next = { ...current };
  for (const key of ["stale", "expired"]) {
    const value = entry[key];
    if (typeof value === "number" && !(typeof current[key] === "number" && current[key] >= value)) next[key] = value;
  }
  if (next.stale !== current.stale || next.expired !== current.expired) tagsManifest.set(tag, next);
}

function sharedStore(url) {
  const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 });
  // A dropped connection must not take the server down: the next read reconnects.
  pool.on("error", (error) => console.error("cache tag store: connection error", error.message));
  let lastSync = 0;
  let inFlight = null;

  async function read() {
    const { rows } = await pool.query(`SELECT "tag", "staleAt", "expiredAt" FROM "CacheTagExpiry"`);
    for (const row of rows) {
      merge(row.tag, {
        stale: row.staleAt === null ? undefined : Number(row.staleAt),
        expired: row.expiredAt === null ? undefined : Number(row.expiredAt),
      });
    }
  }

  return {
    /** Brings the tag manifest up to date, at most every SYNC_MS; concurrent reads share one query. */
    async sync() {
      if (inFlight) return inFlight;
      if (Date.now() - lastSync < SYNC_MS) return;
      lastSync = Date.now();
      inFlight = read()
        .catch((error) => console.error("cache tag store: read failed, serving from this instance's cache", error.message))
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    async write(tags) {
      const entries = tags.map((tag) => ({ tag, ...(tagsManifest.get(tag) ?? {}) }));
      await pool.query(
        `INSERT INTO "CacheTagExpiry" ("tag", "staleAt", "expiredAt", "updatedAt")
         SELECT * , now() FROM unnest($1::text[], $2::bigint[], $3::bigint[])
         ON CONFLICT ("tag") DO UPDATE SET
           "staleAt" = GREATEST("CacheTagExpiry"."staleAt", EXCLUDED."staleAt"),
           "expiredAt" = GREATEST("CacheTagExpiry"."expiredAt", EXCLUDED."expiredAt"),
           "updatedAt" = now()`,
        [entries.map((e) => e.tag), entries.map((e) => e.stale ?? null), entries.map((e) => e.expired ?? null)],
      );
    },
  };
}

const databaseUrl = process.env.DATABASE_URL ?? "";
const shared = /^postgres(ql)?:\/\//i.test(databaseUrl) ? sharedStore(databaseUrl) : null;

export default class SharedTagCacheHandler extends FileSystemCache {
  async get(...args) {
    for (const [tag, entry] of registry()) merge(tag, entry);
    await shared?.sync();
    return super.get(...args);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (!shared || list.length === 0) return;
    try {
      await shared.write(list);
    } catch (error) {
      // This instance is fresh already; the others catch up within the cache's time limit.
      console.error("cache tag store: write failed; other instances refresh within 5 minutes", error.message);
    }
  }
}
