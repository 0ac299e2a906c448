import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { pgExecutor } from "@/lib/db/sql-executor";

// A throwaway database on a real PostgreSQL server, for one test run. The server URL names any
// database we may connect to (e.g. .../test); ours is created beside it and dropped afterwards.
// Names carry their creation time, so databases left by a killed run are dropped by a later one.

const namePattern = /^(tst|e2e)_(\d{13})_[0-9a-f]{6}$/;
const staleAfterMs = 6 * 60 * 60 * 1000;

export interface TestPostgresDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

export function isPostgresUrl(value: string | undefined): value is string {
  return !!value && /^postgres(ql)?:\/\//.test(value);
}

function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  if (!namePattern.test(name)) throw new Error(`Refusing to touch database ${name}: not a test database`);
  return `"${name}"`;
}

async function dropStaleDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname ~ '^(tst|e2e)_[0-9]{13}_[0-9a-f]{6}$'",
  );
  for (const { datname } of rows) {
    const created = Number(namePattern.exec(datname)?.[2]);
    if (Date.now() - created > staleAfterMs) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
  }
}

/** Creates an empty database on the server of `serverUrl`, or a migrated one with `migrate`. */
export async function createPostgresDatabase(
  serverUrl: string,
  options: { prefix?: "tst" | "e2e"; migrate?: boolean } = {},
): Promise<TestPostgresDatabase> {
  const name = `${options.prefix ?? "tst"}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await withAdminClient(serverUrl, async (client) => {
    await dropStaleDatabases(client);
    // UTF-8 whatever the server's default: the data is Chinese and English.
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8'`);
  });
  const url = urlFor(serverUrl, name);
  if (options.migrate) await migratePostgres(url);
  return {
    name,
    url,
    drop: () => withAdminClient(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    }),
  };
}

export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(pgExecutor(client));
  } finally {
    await client.end();
  }
}
