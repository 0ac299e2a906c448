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

async function tableCounts(): Promise<number[]> {
  return Promise.all([
    db.submission.count(),
    db.person.count(),
    db.organization.count(),
    db.user.count(),
    db.revision.count(),
    db.citation.count(),
  ]);
}

const payloads: unknown[] = [
  {},
  { titleEn: "Anonymous attempt", status: "PUBLISHED", body: "NPC" },
  { id: "x", version: 1, status: "PUBLISHED" },
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
      const before = await tableCounts();
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
      expect(await tableCounts()).toEqual(before);
    });
  }
});
