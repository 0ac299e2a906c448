import { defineConfig } from "vitest/config";
import { sharedResolve } from "./vitest.config.ts";

// `npm run test:e2e`: a real browser against the built app (run `npx next build` first), on a
// fresh embedded database, or on a fresh PostgreSQL database with E2E_DATABASE_URL.

export default defineConfig({
  resolve: sharedResolve,
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    // One server and one browser at a time: two cores, and the server alone uses ~460 MB.
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
