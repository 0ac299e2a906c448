import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/tests/support/acting-user";

// Every server action is a public POST endpoint. Whatever an anonymous visitor sends to any of
// them, the answer is a refusal and the database does not change. New action modules are picked
// up automatically, so a forgotten guard fails here.

const actionsDir = path.resolve(process.cwd(), "lib", "actions");
const modules = fs
  .readdirSync(actionsDir)
  .filter((file) => file.endsWith(".ts") && file !== "safe-action.ts")
  .sort();

// Test files share one database in parallel, so "nothing changed" is checked on what this test
// could have written: rows carrying its marker, and audit entries with no actor since it began.
const marker = `anonymous-attempt-${Date.now()}`;

async function tracesOfTheAttempt(since: Date): Promise<number[]> {
  const text = { contains: marker };
  return Promise.all([
    db.submission.count({ where: { OR: [{ titleEn: text }, { titleZh: text }, { summaryEn: text }] } }),
    db.person.count({ where: { nameEn: text } }),
    db.organization.count({ where: { nameEn: text } }),
    db.user.count({ where: { OR: [{ email: text }, { name: text }] } }),
    db.source.count({ where: { title: text } }),
    db.auditEntry.count({ where: { at: { gte: since }, actorId: null, actorEmail: null } }),
  ]);
}

const payloads: unknown[] = [
  {},
  { titleEn: marker, titleZh: marker, summaryEn: marker, nameEn: marker, name: marker, email: `${marker}@example.test`, status: "PUBLISHED", body: "NPC" },
  { id: "x", version: 1, status: "PUBLISHED", titleEn: marker, sources: [{ title: marker }] },
];

describe("every server action refuses anonymous callers", () => {
  beforeEach(() => actAs(null));

  it("has action modules to check", () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  for (const name of modules) {
    it(`lib/actions/${name}: each export refuses and changes nothing`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(actionsDir, name))) as Record<string, unknown>;
      const actions = Object.entries(mod).filter(([, value]) => typeof value === "function");
      expect(actions.length).toBeGreaterThan(0);
      const since = new Date();
      for (const [exportName, action] of actions) {
        for (const payload of payloads) {
          let result: unknown;
          try {
            result = await (action as (input: unknown) => Promise<unknown>)(payload);
          } catch (error) {
            // Throwing (e.g. a redirect to /login) is also a refusal, as long as nothing was written.
            result = { ok: false, thrown: String(error) };
          }
          expect(result, `${name}.${exportName}`).toMatchObject({ ok: false });
        }
      }
      expect(await tracesOfTheAttempt(since)).toEqual([0, 0, 0, 0, 0, 0]);
    });
  }
});
