// npm start: from a fresh clone to a served tracker with its real starter data.
//   1. `next build` when there is no production build, or the sources are newer than it;
//   2. migrate and seed the database in a child process (lib/seed/start-database.ts), which
//      exits before the server starts, so the embedded database's lock is free for it;
//   3. `next start`, with SIGINT/SIGTERM forwarded.
// Flags: --no-build (serve the existing build as is), --no-serve (stop after the database step).
//
// Plain JavaScript on purpose: this process stays alive as the parent of the server, and it
// should not carry a TypeScript loader or a database engine for the server's whole life.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = new Set(process.argv.slice(2));
const require = createRequire(import.meta.url);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

// `next start` reads .env files itself; the database step must see the same DATABASE_URL and
// DATA_DIR, so load them here, the way Next does, before any child is spawned.
const { loadEnvConfig } = createRequire(require.resolve("next/package.json"))("@next/env");
loadEnvConfig(root, false, { info: () => {}, error: console.error });

// This launcher cannot import lib/env.ts (TypeScript); it reads the port only to print the
// address, and passes the environment on untouched for the server to validate.
const port = process.env.PORT || "3000";
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const children = new Set();
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (children.size > 0) for (const child of children) child.kill(signal);
    else process.exit(130);
  });
}

/** Runs a child with inherited stdio; resolves with its exit code (128 + n when killed by a signal). */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, env: childEnv, stdio: "inherit" });
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal === "SIGINT" ? 130 : 143));
    });
    child.on("error", (error) => {
      children.delete(child);
      console.error(`[start] could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

// What the build is made from. lib/generated is left out because every `npm install`
// regenerates it; prisma/schema.prisma stands for it.
const buildInputs = [
  "app", "components", "lib", "public", "package-lock.json", "next.config.js", "postcss.config.mjs",
  "tsconfig.json", "prisma/schema.prisma",
];
const skippedDirs = new Set([path.join(root, "lib", "generated"), path.join(root, "node_modules")]);

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (skippedDirs.has(entry)) return 0;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Why a build is needed, or null when the build in .next is current. */
function buildReason() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return "no production build yet";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newest = Math.max(...buildInputs.map((input) => newestMtime(path.join(root, input))));
  return newest > builtAt ? "sources changed since the last build" : null;
}

async function build(reason) {
  log(`building (${reason}); this takes about a minute...`);
  const started = performance.now();
  const code = await run(process.execPath, [nextBin, "build"]);
  if (code === 0) log(`built in ${seconds(started)}`);
  return code;
}

async function prepareDatabase() {
  const started = performance.now();
  const code = await run(process.execPath, [
    "--import", "tsx", "--eval",
    'import("./lib/seed/start-database.ts").then((m) => m.runPrepareDatabaseForStart())',
  ]);
  if (code === 0) log(`database ready in ${seconds(started)}`);
  return code;
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (line) => console.log(`[start] ${line}`);

async function main() {
  const started = performance.now();

  // The build never touches the database, so the two run side by side: on a first start that
  // takes the database's ~10 s off the wait.
  const reason = args.has("--no-build") ? null : buildReason();
  if (!reason && !args.has("--no-build")) log("production build is up to date");
  const database = prepareDatabase().then((code) => {
    // No point finishing a build for a server that cannot start (e.g. a missing secret).
    if (code !== 0) for (const child of children) child.kill("SIGTERM");
    return code;
  });
  const [buildCode, dbCode] = await Promise.all([reason ? build(reason) : 0, database]);
  if (dbCode !== 0) return dbCode;
  if (buildCode !== 0) {
    if (!stopping) log(`next build failed (exit ${buildCode}): fix the errors above, then run npm start again`);
    return buildCode;
  }
  if (stopping) return 130;

  if (args.has("--no-serve")) {
    log(`done in ${seconds(started)} (--no-serve: not starting the server)`);
    return 0;
  }
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("there is no production build to serve: run npm start without --no-build");
    return 1;
  }
  log(`starting the server on http://localhost:${port} (${seconds(started)} since npm start; Ctrl-C stops it)`);
  return run(process.execPath, [nextBin, "start"]);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[start] ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
