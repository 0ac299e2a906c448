import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine compiled to wasm. Its package imports the .wasm file as an ES module,
// which Node cannot do, so the module is instantiated here by hand. Once per process: a second
// instance crashes the first.

let loaded: typeof bindings | undefined;

export function loadSchemaEngine(): typeof bindings.SchemaEngine {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
    const module = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(module, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    loaded = bindings;
  }
  return loaded.SchemaEngine;
}

export type SchemaEngine = SchemaEngineType;
