import type { TestProject } from "vitest/node";
import { isPostgresUrl } from "@/tests/support/postgres-database";
import { startServer, type StartedServer } from "./server";

// One built app per browser-test run, shared by every test file (see server.ts).
// E2E_DATABASE_URL=postgresql://... runs it on a fresh database on that server instead of PGlite.

declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

let server: StartedServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const databaseUrl = process.env.E2E_DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !isPostgresUrl(databaseUrl)) throw new Error("E2E_DATABASE_URL must be a postgresql:// URL");
  const started = Date.now();
  server = await startServer({ databaseUrl });
  console.log(
    `[e2e] app on ${server.baseUrl} (${databaseUrl ? "fresh PostgreSQL database" : "fresh embedded database"}), ` +
      `ready in ${((Date.now() - started) / 1000).toFixed(1)} s; log ${server.logFile}`,
  );
  project.provide("e2eBaseUrl", server.baseUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
