import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, markStartupChunks } from "@/lib/build/compile-hints.mjs";

// The build step that asks V8 to compile the framework's start-up chunks eagerly, run on a
// synthetic build folder.

describe("markStartupChunks", () => {
  let distDir: string;
  const chunk = (name: string) => path.join(distDir, "static", "chunks", name);

  beforeEach(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), "compile-hints-"));
    await mkdir(path.join(distDir, "static", "chunks"), { recursive: true });
    const manifest = { rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js", "static/chunks/styles.css"] };
    await writeFile(path.join(distDir, "build-manifest.json"), JSON.stringify(manifest));
    await writeFile(chunk("framework.js"), "(globalThis.TURBOPACK||[]).push([1]);");
    await writeFile(chunk("runtime.js"), "(()=>{})();");
    await writeFile(chunk("styles.css"), "body{}");
    await writeFile(chunk("admin-form.js"), "(globalThis.TURBOPACK||[]).push([2]);");
  });

  afterEach(async () => {
    await rm(distDir, { recursive: true, force: true });
  });

  it("puts the hint first in every start-up script, once, however often the build step runs", async () => {
    expect(await markStartupChunks(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    await markStartupChunks(distDir);
    expect(await readFile(chunk("framework.js"), "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(await readFile(chunk("runtime.js"), "utf8")).toBe(`${COMPILE_HINT}(()=>{})();`);
  });

  it("leaves stylesheets and the chunks only some pages load as they were", async () => {
    await markStartupChunks(distDir);
    expect(await readFile(chunk("styles.css"), "utf8")).toBe("body{}");
    expect(await readFile(chunk("admin-form.js"), "utf8")).toBe("(globalThis.TURBOPACK||[]).push([2]);");
  });
});
