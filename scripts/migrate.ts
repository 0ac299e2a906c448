// Migrations without Prisma's native engine (see README "Migrations").
//   npm run db:migrate                      apply pending migrations to the configured database
//   npm run db:migrate:status               list applied and pending migrations
//   npm run db:migrate:create -- <name>     write a migration from the change to prisma/schema.prisma
//   npm run db:migrate:create -- <name> --empty   an empty migration for hand-written SQL
//   tsx scripts/migrate.ts check            fail when schema.prisma has changes no migration holds
import { diffSchemaAgainstMigrations, migrationFolderName, writeMigration } from "@/lib/db/author-migration";
import { applyMigrations, readMigrationStatus } from "@/lib/db/migrations";
import { withExecutor } from "@/lib/db/open-executor";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";

async function main(argv: string[]): Promise<number> {
  const [command = "deploy", ...rest] = argv;
  switch (command) {
    case "deploy": {
      const target = resolveDbTarget();
      const applied = await withExecutor(target, (db) => applyMigrations(db, { log: (line) => console.log(line) }));
      console.log(`${describeTarget(target)}: ${applied.length} migration(s) applied, schema up to date`);
      return 0;
    }
    case "status": {
      const target = resolveDbTarget();
      const status = await withExecutor(target, (db) => readMigrationStatus(db));
      console.log(describeTarget(target));
      for (const name of status.applied) console.log(`  applied   ${name}${status.modified.includes(name) ? " (file changed since)" : ""}`);
      for (const name of status.pending) console.log(`  pending   ${name}`);
      for (const name of status.unknown) console.log(`  unknown   ${name} (in the database, not in prisma/migrations)`);
      return status.pending.length > 0 ? 2 : 0;
    }
    case "create": {
      const name = rest.find((arg) => !arg.startsWith("--"));
      const empty = rest.includes("--empty");
      const folder = migrationFolderName(name ?? "");
      const sql = empty ? "-- Hand-written migration: add SQL below.\n" : await diffSchemaAgainstMigrations();
      if (!sql) {
        console.log("prisma/schema.prisma and the migrations are in step: nothing to create.");
        return 0;
      }
      console.log(`wrote ${writeMigration(folder, sql)}`);
      if (!empty && (await diffSchemaAgainstMigrations())) {
        console.error("The new migration does not bring the database to the schema: check it by hand.");
        return 1;
      }
      return 0;
    }
    case "check": {
      const sql = await diffSchemaAgainstMigrations();
      if (!sql) {
        console.log("prisma/schema.prisma matches the migrations.");
        return 0;
      }
      console.error("prisma/schema.prisma has changes that no migration holds. Run npm run db:migrate:create -- <name>.\n");
      console.error(sql);
      return 1;
    }
    default:
      console.error(`Unknown command "${command}". Use deploy, status, create <name> [--empty] or check.`);
      return 64;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
