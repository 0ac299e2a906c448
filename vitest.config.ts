import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm test`: unit and integration tests, in-process, on embedded PGlite by default or on a fresh
// PostgreSQL database when TEST_DATABASE_URL is set (see tests/support/global-setup.ts).

const root = fileURLToPath(new URL(".", import.meta.url));

export const sharedResolve = {
  alias: [
    { find: /^@\//, replacement: `${root}/` },
    { find: /^server-only$/, replacement: `${root}/tests/support/server-only.ts` },
  ],
};

export default defineConfig({
  resolve: sharedResolve,
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    // Two cores: two worker processes, each holding one database copy open.
    pool: "forks",
    maxWorkers: 2,
    // Opening PGlite takes about a second and a bcrypt hash a quarter of one.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
