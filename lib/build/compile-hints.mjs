// V8's explicit compile hints (Chrome 136 and later): a script that begins with this comment has
// all its functions compiled while it downloads, on a background thread, instead of each one on
// the main thread the first time it is called. Other engines read it as a comment.
//
// The framework chunks every page loads at start-up (React, Next's router and Turbopack's runtime,
// listed as rootMainFiles in Next's build manifest) run most of their code during hydration, which
// is where the hint pays: compiled lazily, they held the main thread for one ~70 ms task on every
// public page, the largest part of Lighthouse's total blocking time (scripts/bench-lighthouse.mjs).
// Chunks that only some pages load are left to V8's own choice.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Prepends the compile hint to the start-up chunks of the build in distDir; returns their paths. */
export async function markStartupChunks(distDir) {
  const manifest = JSON.parse(await readFile(path.join(distDir, "build-manifest.json"), "utf8"));
  const files = (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
  for (const file of files) {
    const fullPath = path.join(distDir, file);
    const source = await readFile(fullPath, "utf8");
    if (!source.startsWith(COMPILE_HINT)) await writeFile(fullPath, COMPILE_HINT + source);
  }
  return files;
}
