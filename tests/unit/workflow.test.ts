import { describe, expect, it, vi } from "vitest";
import { fieldName } from "@/lib/format/field-names";
import { dueDate } from "@/lib/validation/referral";

vi.mock("server-only", () => ({}));
const { canTransition, workflowData, auditAction } = await import("@/lib/data/records/workflow");

// The status rules, scheduling and the derived due date, without a database.

const editor = { id: "e", email: "e@example.test", name: "Editor", role: "EDITOR" as const };
const reporter = { ...editor, role: "REPORTER" as const };
const now = new Date("2030-01-01T12:00:00Z");

describe("workflow", () => {
  it("moves draft -> in review -> published -> unpublished, never published -> draft", () => {
    expect(canTransition("DRAFT", "IN_REVIEW")).toBe(true);
    expect(canTransition("IN_REVIEW", "PUBLISHED")).toBe(true);
    expect(canTransition("PUBLISHED", "UNPUBLISHED")).toBe(true);
    expect(canTransition("PUBLISHED", "DRAFT")).toBe(false);
    expect(canTransition("UNPUBLISHED", "PUBLISHED")).toBe(true);
  });

  it("keeps reporters to draft and review", () => {
    expect(() => workflowData("Topic", reporter, null, { status: "PUBLISHED" }, now)).toThrow(/Only editors/);
    expect(workflowData("Topic", reporter, null, { status: "IN_REVIEW" }, now)).toMatchObject({ status: "IN_REVIEW", publishedAt: null });
  });

  it("schedules into review with a future time and stamps publishedAt only when published", () => {
    const at = new Date("2030-02-01T09:00:00Z");
    expect(workflowData("Topic", editor, null, { status: "PUBLISHED", publishAt: at }, now)).toEqual({ status: "IN_REVIEW", publishAt: at, publishedAt: null });
    expect(() => workflowData("Topic", editor, null, { status: "PUBLISHED", publishAt: new Date("2029-01-01T00:00:00Z") }, now)).toThrow();
    expect(workflowData("Topic", editor, null, { status: "PUBLISHED" }, now)).toEqual({ status: "PUBLISHED", publishedAt: now, publishAt: null });
    const first = new Date("2029-06-01T00:00:00Z");
    expect(workflowData("Topic", editor, { status: "PUBLISHED", publishedAt: first }, { status: "PUBLISHED" }, now)).toMatchObject({ publishedAt: first });
    // Referrals have no publishAt column: nothing about scheduling is written for them.
    expect(workflowData("Referral", editor, null, { status: "DRAFT" }, now)).toEqual({ status: "DRAFT", publishedAt: null });
  });

  it("names audit actions", () => {
    expect(auditAction("Person", null, "DRAFT")).toBe("person.create");
    expect(auditAction("Person", "DRAFT", "PUBLISHED")).toBe("person.publish");
    expect(auditAction("Person", "PUBLISHED", "UNPUBLISHED")).toBe("person.unpublish");
    expect(auditAction("Person", "DRAFT", "IN_REVIEW")).toBe("person.submit_for_review");
  });
});

describe("derived due date and field names", () => {
  it("gives three months, six for complex items, clamped to the month's end", () => {
    const day = (value: string) => new Date(`${value}T00:00:00Z`);
    expect(dueDate(day("2022-03-15"), false).toISOString().slice(0, 10)).toBe("2022-06-15");
    expect(dueDate(day("2022-03-15"), true).toISOString().slice(0, 10)).toBe("2022-09-15");
    expect(dueDate(day("2022-11-30"), false).toISOString().slice(0, 10)).toBe("2023-02-28");
  });

  it("reads field names", () => {
    expect(fieldName("titleZh")).toBe("Title (Chinese)");
    expect(fieldName("publishAt")).toBe("Publish at");
    expect(fieldName("referenceNumber")).toBe("Reference number");
  });
});
