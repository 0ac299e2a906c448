import { ensureAuthSecret } from "@/lib/auth/secret";
import pg from "pg";
import { createPrismaClient, type DbHandle } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { openPGlite } from "@/lib/db/pglite";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import { pgExecutor, pgliteExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { describeTarget, resolveDbTarget, type DbTarget } from "@/lib/db/target";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { createUserHint, demoUsersAllowed, describeDemoUsers, seedDemoUsers } from "@/lib/seed/demo-users";
import { describeSeedSummary, seedStarterData } from "@/lib/seed/seed-starter-data";
import { ensureSearchIndex } from "@/lib/search/reindex";

// The database half of `npm start` (scripts/start.mjs runs it in a child process, so the embedded
// database is closed and its lock released before `next start` opens it): migrate, seed the real
// starter data into an empty database, and create demo staff where that is safe.

type Log = (line: string) => void;

export async function prepareDatabaseForStart(log: Log = (line) => console.log(line)): Promise<void> {
  const env = readEnv();
  const target = resolveDbTarget();
  log(`database: ${describeTarget(target)}`);

  // First, so a PostgreSQL deployment without NEXTAUTH_SECRET stops before touching anything,
  // and the embedded one has its generated secret on disk before the server reads it.
  ensureAuthSecret();

  const { executor, prisma, close } = await openForStart(target);
  try {
    const applied = await applyMigrations(executor, { log: (line) => log(`  ${line}`) });
    log(applied.length > 0 ? `migrations: ${applied.length} applied` : "migrations: schema up to date");

    // Only an empty database gets the starter data: once editors work on it, the seed keeps out.
    const sessions = await prisma.session.count();
    if (sessions === 0) log(describeSeedSummary(await seedStarterData(prisma)));
    else log(`starter data: not seeded (the database already holds ${sessions} session(s))`);
    const indexed = await ensureSearchIndex(prisma);
    if (indexed !== null) log(`search index: built (${indexed} documents)`);

    if (!demoUsersAllowed(target, env)) {
      log(`demo accounts: skipped (${env.SEED_DEMO_USERS === "0" ? "SEED_DEMO_USERS=0" : "PostgreSQL without SEED_DEMO_USERS=1"})`);
      if ((await prisma.user.count()) === 0) log(`  no staff account exists yet. ${createUserHint}`);
      return;
    }
    // Unasked, demo accounts only go into a database with no staff at all: an admin who removed
    // them must not see them come back on the next start.
    if (env.SEED_DEMO_USERS !== "1" && (await prisma.user.count()) > 0) {
      log("demo accounts: not created (the database already has staff accounts)");
      return;
    }
    const users = await seedDemoUsers(prisma);
    if (users.created.length > 0) log(["demo accounts created (sign in at /login):", ...describeDemoUsers(users.created)].join("\n"));
    if (users.existing.length > 0) log(`demo accounts already present, left unchanged: ${users.existing.join(", ")}`);
  } finally {
    await close();
  }
}

/**
 * One open of the embedded database serves both the migrations and the seed: opening PGlite costs
 * about a second, and every start pays it.
 */
async function openForStart(target: DbTarget): Promise<DbHandle & { executor: SqlExecutor }> {
  if (target.kind === "pglite") {
    const opened = await openPGlite(target.pgliteDir);
    const prisma = new PrismaClient({ adapter: new SafePrismaPGlite(opened.pg) });
    return {
      executor: pgliteExecutor(opened.pg),
      prisma,
      close: async () => {
        await prisma.$disconnect().finally(opened.close);
      },
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const handle = createPrismaClient(target);
  return {
    executor: pgExecutor(client),
    prisma: handle.prisma,
    close: async () => {
      await Promise.allSettled([client.end(), handle.close()]);
    },
  };
}

/** Entry point for the child process: exits explicitly, as PGlite and the engines leave timers. */
export function runPrepareDatabaseForStart(): void {
  prepareDatabaseForStart().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`database step failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
