import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient, type DbHandle } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { demoUsers, demoUsersAllowed, seedDemoUsers } from "@/lib/seed/demo-users";
import { seedStarterData } from "@/lib/seed/seed-starter-data";
import { countAngles, loadStarterData } from "@/lib/seed/starter-data";
import { submissionSlug } from "@/lib/slug";
import { copyPgliteTemplate } from "@/tests/support/pglite-template";
import { createPostgresDatabase } from "@/tests/support/postgres-database";
import { uniqueRunId } from "@/tests/support/run-dir";
import { suiteDatabase } from "@/tests/support/suite-database";

// The seed counts whole tables, so it runs on a database of its own (a copy of the migrated
// template, or a fresh PostgreSQL database), never on the one the factories share.

const data = loadStarterData();
let handle: DbHandle;
let prisma: PrismaClient;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const database = suiteDatabase();
  if (database.kind === "postgres") {
    const created = await createPostgresDatabase(database.serverUrl, { prefix: "tst", migrate: true });
    dropDatabase = created.drop;
    handle = createPrismaClient({ kind: "postgres", url: created.url });
  } else {
    const dataDir = path.join(database.runDir, `seed-${uniqueRunId()}`);
    const pgliteDir = copyPgliteTemplate(database.templateDir, dataDir);
    handle = createPrismaClient({ kind: "pglite", dataDir, pgliteDir });
  }
  prisma = handle.prisma;
  await seedStarterData(prisma);
}, 120_000);

afterAll(async () => {
  await handle?.close();
  await dropDatabase?.();
});

async function tableCounts() {
  return {
    source: await prisma.source.count(),
    session: await prisma.session.count(),
    organization: await prisma.organization.count(),
    interest: await prisma.interest.count(),
    person: await prisma.person.count(),
    membership: await prisma.membership.count(),
    affiliation: await prisma.affiliation.count(),
    topic: await prisma.topic.count(),
    submission: await prisma.submission.count(),
    submissionParty: await prisma.submissionParty.count(),
    submissionTopic: await prisma.submissionTopic.count(),
    angle: await prisma.angle.count(),
    citation: await prisma.citation.count(),
    auditEntry: await prisma.auditEntry.count(),
    user: await prisma.user.count(),
  };
}

async function updatedAtSnapshot() {
  const select = { id: true, updatedAt: true } as const;
  const rows = [
    ...(await prisma.source.findMany({ select })),
    ...(await prisma.session.findMany({ select })),
    ...(await prisma.organization.findMany({ select })),
    ...(await prisma.interest.findMany({ select })),
    ...(await prisma.person.findMany({ select })),
    ...(await prisma.membership.findMany({ select })),
    ...(await prisma.affiliation.findMany({ select })),
    ...(await prisma.topic.findMany({ select })),
    ...(await prisma.submission.findMany({ select })),
    ...(await prisma.angle.findMany({ select })),
    ...(await prisma.user.findMany({ select })),
  ];
  return Object.fromEntries(rows.map((row) => [row.id, row.updatedAt.toISOString()]));
}

describe("seedStarterData", () => {
  it("seeds every record of the starter file", async () => {
    expect(countAngles(data)).toBe(18);
    expect(await tableCounts()).toMatchObject({
      source: 1,
      session: 1,
      person: 9,
      organization: 9,
      interest: 8,
      membership: 7,
      affiliation: 9,
      submission: 25,
      submissionParty: 25,
      angle: countAngles(data),
    });
    const session = await prisma.session.findUniqueOrThrow({ where: { year: 2022 } });
    expect(session).toMatchObject({ npcTerm: 13, npcSession: 5, cppccTerm: 13, cppccSession: 5 });
    expect(session.startsOn.toISOString().slice(0, 10)).toBe("2022-03-04");
    expect(session.officialNpcHandled).toBeNull();
  });

  it("keeps names, pinyin and nicknames", async () => {
    const ma = await prisma.person.findUniqueOrThrow({ where: { slug: "ma-huateng" } });
    expect(ma).toMatchObject({ nameEn: "Ma Huateng", nameZh: "马化腾", pinyin: "Ma Huateng" });
    expect(ma.aliases).toEqual(expect.arrayContaining(["Pony", "Pony Ma"]));
    const robin = await prisma.person.findUniqueOrThrow({ where: { slug: "robin-li" } });
    expect(robin.pinyin).toBe("Li Yanhong");
  });

  it("stores membership years only where the file gives them", async () => {
    const liu = await prisma.membership.findFirstOrThrow({ where: { person: { slug: "liu-qiangdong" } } });
    expect(liu).toMatchObject({ body: "CPPCC", fromYear: null, toYear: 2019 });
    expect(liu.endReason).toBe("quit soon after a sexual assault accusation");
    const lei = await prisma.membership.findFirstOrThrow({ where: { person: { slug: "lei-jun" } } });
    expect(lei).toMatchObject({ body: "NPC", fromYear: null, toYear: null });
    expect(lei.note).toContain("2022 session");
    const ma = await prisma.membership.findFirstOrThrow({ where: { person: { slug: "ma-huateng" } } });
    expect(ma.fromYear).toBe(2013);
  });

  it("publishes submissions as media reports with their submitter and nothing invented", async () => {
    const submissions = await prisma.submission.findMany({
      include: { parties: true, topics: true, referrals: true },
    });
    for (const submission of submissions) {
      expect(submission).toMatchObject({ status: "PUBLISHED", textProvenance: "MEDIA_REPORT", officialNumber: null, titleZh: null });
      expect(submission.publishedAt).toBeInstanceOf(Date);
      expect(submission.parties).toHaveLength(1);
      expect(submission.parties[0]).toMatchObject({ role: "SUBMITTER", organizationId: null });
      expect(submission.topics.length).toBeGreaterThan(0);
      expect(submission.referrals).toHaveLength(0);
    }
    const first = await prisma.submission.findUniqueOrThrow({ where: { slug: "2022-ma-huateng-digital-economy-strengths" } });
    expect(first.titleIsQuote).toBe(true);
    expect(await prisma.reply.count()).toBe(0);
  });

  it("links business-interest angles to the submitter's company and policy echoes to none", async () => {
    const tencent = await prisma.organization.findUniqueOrThrow({ where: { slug: "tencent" } });
    const angles = await prisma.angle.findMany({ where: { submission: { parties: { some: { person: { slug: "ma-huateng" } } } } } });
    expect(angles).toHaveLength(4);
    for (const angle of angles) {
      expect(angle.organizationId).toBe(angle.kind === "BUSINESS_INTEREST" ? tencent.id : null);
    }
    expect(await prisma.angle.count({ where: { status: "PUBLISHED", publishedAt: { not: null } } })).toBe(countAngles(data));
  });

  it("cites the Protocol article for every seeded record", async () => {
    const source = await prisma.source.findFirstOrThrow();
    expect(source).toMatchObject({ kind: "NEWS_ARTICLE", publisher: "Protocol", year: 2022, url: null });
    const uncited = { citations: { none: {} } };
    expect(await prisma.session.count({ where: uncited })).toBe(0);
    expect(await prisma.person.count({ where: uncited })).toBe(0);
    expect(await prisma.organization.count({ where: uncited })).toBe(0);
    expect(await prisma.interest.count({ where: uncited })).toBe(0);
    expect(await prisma.membership.count({ where: uncited })).toBe(0);
    expect(await prisma.affiliation.count({ where: uncited })).toBe(0);
    expect(await prisma.topic.count({ where: uncited })).toBe(0);
    expect(await prisma.submission.count({ where: uncited })).toBe(0);
    expect(await prisma.angle.count({ where: uncited })).toBe(0);
    expect(await prisma.citation.count({ where: { sourceId: { not: source.id } } })).toBe(0);
  });

  it("changes nothing when run again", async () => {
    const countsBefore = await tableCounts();
    const updatedBefore = await updatedAtSnapshot();
    const summary = await seedStarterData(prisma);
    expect(summary.totalCreated).toBe(0);
    expect(await tableCounts()).toEqual(countsBefore);
    expect(await updatedAtSnapshot()).toEqual(updatedBefore);
  }, 60_000);
});

describe("seedDemoUsers", () => {
  it("creates the demo staff with hashed passwords, and never resets one", async () => {
    const first = await seedDemoUsers(prisma);
    expect(first.created.map((user) => user.email).sort()).toEqual(demoUsers.map((user) => user.email).sort());
    for (const demo of demoUsers) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: demo.email } });
      expect(user.role).toBe(demo.role);
      expect(user.passwordHash).not.toBe(demo.password);
      expect(user.passwordHash).not.toContain(demo.password);
      expect(await verifyPassword(demo.password, user.passwordHash)).toBe(true);
    }

    // An admin changed the demo editor's password: a later seed must keep it.
    const changed = await prisma.user.update({ where: { email: "editor@example.org" }, data: { passwordHash: "changed-by-admin" } });
    const again = await seedDemoUsers(prisma);
    expect(again.created).toEqual([]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: changed.id } })).toMatchObject({ passwordHash: "changed-by-admin" });
  }, 60_000);

  it("is allowed on the embedded database, or on PostgreSQL only when asked", () => {
    const pglite = { kind: "pglite", dataDir: "d", pgliteDir: "d/pglite" } as const;
    const postgres = { kind: "postgres", url: "postgresql://localhost/x" } as const;
    expect(demoUsersAllowed(pglite, {})).toBe(true);
    expect(demoUsersAllowed(pglite, { SEED_DEMO_USERS: "0" })).toBe(false);
    expect(demoUsersAllowed(postgres, {})).toBe(false);
    expect(demoUsersAllowed(postgres, { SEED_DEMO_USERS: "1" })).toBe(true);
  });
});

describe("submissionSlug", () => {
  it("reads year, submitter and the title's subject", () => {
    expect(submissionSlug({ year: 2022, submitterSlug: "ma-huateng", title: data.submissions[0].title })).toBe(
      "2022-ma-huateng-digital-economy-strengths",
    );
    expect(submissionSlug({ year: 2022, submitterSlug: "robin-li", title: "Encourage the overall digitization of China's transportation system" })).toBe(
      "2022-robin-li-overall-digitization-china",
    );
    // A Chinese-only title has no ASCII words: the slug falls back to year and submitter.
    expect(submissionSlug({ year: 2023, submitterSlug: "lei-jun", title: "关于加快充电基础设施建设的建议" })).toBe("2023-lei-jun");
  });
});
