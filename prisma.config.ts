import path from "node:path";
import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through scripts/migrate.ts.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
