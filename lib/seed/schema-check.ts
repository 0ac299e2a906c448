import { listMigrationFiles } from "@/lib/db/migrations";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The seed does not migrate (npm start and npm run db:migrate do). Against a database that is
// missing tables it would die on the first insert with an error about a relation; this turns that
// into a message that says what to run.

export class SchemaNotReadyError extends Error {
  constructor(detail: string) {
    super(`${detail} Run \`npm run db:migrate\` (npm start also does it), then seed again.`);
    this.name = "SchemaNotReadyError";
  }
}

export async function assertSchemaReady(prisma: PrismaClient): Promise<void> {
  const [{ exists }] = await prisma.$queryRawUnsafe<Array<{ exists: boolean }>>(
    `SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!exists) throw new SchemaNotReadyError("The database has no tables yet.");
  const rows = await prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  const pending = listMigrationFiles().filter((file) => !applied.has(file.name));
  if (pending.length > 0) {
    throw new SchemaNotReadyError(
      `The database is missing ${pending.length} migration(s): ${pending.map((file) => file.name).join(", ")}.`,
    );
  }
}
