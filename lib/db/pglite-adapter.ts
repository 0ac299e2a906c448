import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openMemoryPGlite } from "@/lib/db/pglite";

// pglite-prisma-adapter 0.7.2 has two faults this wrapper mends:
// - executeScript does not await exec, so a failing script is reported as a success;
// - its shadow database (used when authoring migrations) loads none of our extensions.

function awaitScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}

export class SafePrismaPGlite extends PrismaPGlite {
  constructor(private readonly pg: PGlite) {
    super(pg);
  }

  override async connect(): Promise<SqlDriverAdapter> {
    return awaitScripts(await super.connect(), this.pg);
  }

  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openMemoryPGlite();
    return awaitScripts(await new PrismaPGlite(shadow).connect(), shadow);
  }
}
