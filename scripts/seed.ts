// npm run db:seed: the real starter facts (2022 session, nine tech executives, their submissions
// and angles), plus demo staff accounts where they are safe (see lib/seed/demo-users.ts).
// Idempotent: running it again changes nothing. It does not migrate: npm run db:migrate first.
import { createPrismaClient } from "@/lib/db/client";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { createUserHint, demoUsersAllowed, describeDemoUsers, seedDemoUsers } from "@/lib/seed/demo-users";
import { assertSchemaReady } from "@/lib/seed/schema-check";
import { describeSeedSummary, seedStarterData } from "@/lib/seed/seed-starter-data";

async function main(): Promise<number> {
  const target = resolveDbTarget();
  console.log(`database: ${describeTarget(target)}`);
  const { prisma, close } = createPrismaClient(target);
  try {
    await assertSchemaReady(prisma);
    console.log(describeSeedSummary(await seedStarterData(prisma)));

    const env = readEnv();
    if (demoUsersAllowed(target, env)) {
      const users = await seedDemoUsers(prisma);
      if (users.created.length > 0) console.log(["demo accounts created:", ...describeDemoUsers(users.created)].join("\n"));
      if (users.existing.length > 0) console.log(`demo accounts already present, left unchanged: ${users.existing.join(", ")}`);
    } else {
      const why = env.SEED_DEMO_USERS === "0" ? "SEED_DEMO_USERS=0" : "PostgreSQL; set SEED_DEMO_USERS=1 to create them";
      console.log(`demo accounts skipped (${why}). ${createUserHint}`);
    }
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
