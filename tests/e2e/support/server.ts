import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createPostgresDatabase, type TestPostgresDatabase } from "@/tests/support/postgres-database";
import { createRunDir, uniqueRunId } from "@/tests/support/run-dir";

// Starts the BUILT app the way a newcomer does (`npm start`, i.e. scripts/start.mjs: migrate,
// seed an empty database, next start) on a free port with a fresh database:
// - embedded PGlite in a new DATA_DIR under .tmp/e2e-runs/<id>/ (the default);
// - with a postgresql:// URL, a new e2e_<time>_<rand> database on that server, dropped after.
// `--no-build`: the harness serves the build that exists (CI builds just before); it never
// rebuilds because a colleague touched a file. Demo accounts are asked for (SEED_DEMO_USERS=1).

export interface StartedServer {
  baseUrl: string;
  logFile: string;
  /** The PostgreSQL database it serves (absent on PGlite), for a second instance to share. */
  databaseUrl?: string;
  secret?: string;
  stop: () => Promise<void>;
}

const startTimeoutMs = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 60): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}

/** The environment of the server: ours minus the test runner's, plus the run's database. */
function serverEnv(port: number, dataDir: string, databaseUrl: string | undefined): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("VITEST") && !key.startsWith("TEST_") && !key.startsWith("E2E_")) env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATA_DIR: dataDir,
    // Set even when empty: scripts/start.mjs loads .env files, which never override a set key,
    // so a developer's .env cannot send the browser tests to their own database.
    DATABASE_URL: databaseUrl ?? "",
    SEED_DEMO_USERS: "1",
    NEXTAUTH_SECRET: randomBytes(36).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  };
}

async function waitUntilAnswering(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app exited (${child.exitCode ?? child.signalCode}) before answering:\n${tail(logFile)}`);
    }
    try {
      await fetch(baseUrl, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`The app did not answer on ${baseUrl} within ${startTimeoutMs / 1000} s:\n${tail(logFile)}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
  // start.mjs forwards the signal, but make sure no grandchild outlives it (it holds the lock).
  signalGroup("SIGKILL");
}

/** One preparation step in a child process, its output appended to the server log. */
async function runStep(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`${args.join(" ")} failed (exit ${code}):\n${tail(logFile)}`);
}

/**
 * `databaseUrl`: a PostgreSQL server on which to create a fresh database. `shareDatabaseOf`: serve
 * the database of an instance already started (several app instances behind one balancer); the
 * first instance owns it and drops it, and it is already migrated and seeded.
 */
export async function startServer(options: { databaseUrl?: string; shareDatabaseOf?: StartedServer } = {}): Promise<StartedServer> {
  if (!fs.existsSync(path.resolve(".next", "BUILD_ID"))) {
    throw new Error("There is no production build: run `npx next build` before the browser tests.");
  }
  const run = createRunDir("e2e-runs", uniqueRunId());
  const dataDir = path.join(run.dir, "data");
  const logFile = path.join(run.dir, "server.log");
  let database: TestPostgresDatabase | undefined;
  if (options.shareDatabaseOf && !options.shareDatabaseOf.databaseUrl) throw new Error("only a PostgreSQL database can be shared by two instances");
  if (options.databaseUrl && !options.shareDatabaseOf) database = await createPostgresDatabase(options.databaseUrl, { prefix: "e2e" });
  const databaseUrl = options.shareDatabaseOf?.databaseUrl ?? database?.url;

  // E2E_PORT pins the port on shared machines where each developer has a range; else any free one.
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = serverEnv(port, dataDir, databaseUrl);
  // Every instance of one deployment signs sessions with the same secret.
  if (options.shareDatabaseOf?.secret) env.NEXTAUTH_SECRET = options.shareDatabaseOf.secret;
  if (!options.shareDatabaseOf) {
    // Migrate and seed, add the synthetic rows the real data lacks (referrals, replies, a renamed
    // person), then serve: the embedded database admits one process at a time, so in that order.
    await runStep([path.resolve("scripts", "start.mjs"), "--no-build", "--no-serve"], env, logFile);
    await runStep(["--import", "tsx", path.resolve("tests", "e2e", "support", "synthetic-fixtures.ts")], env, logFile);
  }
  const log = fs.openSync(logFile, "a");
  // Its own process group (detached), so stop() ends the launcher and `next start` together.
  const child = spawn(process.execPath, [path.resolve("scripts", "start.mjs"), "--no-build"], {
    cwd: process.cwd(),
    env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);

  const stop = async () => {
    await stopGroup(child);
    await database?.drop();
    if (!process.env.E2E_KEEP_RUN) run.remove();
  };
  try {
    await waitUntilAnswering(baseUrl, child, logFile);
  } catch (error) {
    process.env.E2E_KEEP_RUN = "1"; // keep the log for whoever reads the error
    await stop();
    throw error;
  }
  return { baseUrl, logFile, stop, databaseUrl, secret: env.NEXTAUTH_SECRET };
}
