import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { markStartupChunks } from "./lib/build/compile-hints.mjs";

// English/中文 interface through next-intl, configured per request from a cookie (lib/i18n).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and the wasm engines must stay plain Node packages: bundled, their
  // ~9 MB of wasm would be copied into the public static folder.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "bcryptjs",
    // Its dictionary is megabytes of data: load it from node_modules rather than bundle it.
    "pinyin-pro",
  ],
  poweredByHeader: false,
  // The data cache (cached public reads, lib/data/public/cached.ts) lives in memory only: on disk it
  // would outlive the database it came from (a reseed, a restore, the next browser-test run) and
  // serve stale records after a restart. A restart starts cold, which costs one render per page.
  // Server actions take 1 MB by default; the import page uploads files of up to 50 MB
  // (lib/import/limits.ts) plus the form's own bytes. Larger files are refused in the browser
  // before sending, by this limit if sent anyway, and by the action's schema naming the limit.
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: "51mb" } },
  // Next's default data cache, plus tag expiry shared by every instance on one PostgreSQL
  // database, so an edit saved through one instance shows on all within a second.
  cacheHandler: fileURLToPath(new URL("./lib/cache/cache-handler.mjs", import.meta.url)),
  typedRoutes: false,
  // Every `next build` marks the framework's start-up chunks for eager compilation
  // (lib/build/compile-hints.mjs). Should a Next upgrade move them out of the build manifest, the
  // build warns here and a browser test (public-pages) fails.
  compiler: {
    runAfterProductionCompile: async ({ distDir }) => {
      const marked = await markStartupChunks(distDir);
      if (marked.length === 0) console.warn("compile hints: the build manifest lists no start-up chunks; none marked");
    },
  },
};

export default withNextIntl(nextConfig);
