import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  createSubmissionSchema,
  emptySubmission,
  isHttpUrl,
  isIsoDay,
  submissionSchema,
  updateSubmissionSchema,
  type SubmissionFormValues,
} from "@/lib/validation/submission";

// The one schema the submission form and its server actions share.

const valid: SubmissionFormValues = {
  ...emptySubmission,
  sessionId: "session1",
  body: "CPPCC",
  titleEn: "Speed up the digital economy",
  submitters: [{ party: "person:abc123" }],
};

function errorKeys(input: unknown, schema: z.ZodType = submissionSchema): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("submissionSchema", () => {
  it("accepts a minimal submission and turns empty text into null", () => {
    const parsed = submissionSchema.parse(valid);
    expect(parsed).toMatchObject({ titleEn: "Speed up the digital economy", titleZh: null, officialNumber: null });
    expect(parsed.submitters).toEqual([{ party: { kind: "person", id: "abc123" } }]);
  });

  it("only trims: Chinese, emoji and decomposed accents pass through unchanged", () => {
    const text = "关于数字经济的提案 🚀👩🏽‍💻 Cafe\u0301";
    const parsed = submissionSchema.parse({ ...valid, titleZh: ` \n${text}\u3000`, summaryZh: text });
    expect(parsed.titleZh).toBe(text);
    expect(parsed.summaryZh).toBe(text);
  });

  it("needs a title in at least one language", () => {
    expect(errorKeys({ ...valid, titleEn: "  ", titleZh: "" })).toEqual(["titleEn"]);
    expect(errorKeys({ ...valid, titleEn: "", titleZh: "数字经济" })).toEqual([]);
  });

  it("needs at least one submitter, each a person or an organization", () => {
    expect(errorKeys({ ...valid, submitters: [] })).toEqual(["submitters"]);
    expect(errorKeys({ ...valid, submitters: [{ party: "" }] })).toEqual(["submitters.0.party"]);
    expect(errorKeys({ ...valid, submitters: [{ party: "user:abc" }] })).toEqual(["submitters.0.party"]);
    expect(errorKeys({ ...valid, cosigners: [{ party: "organization:org1" }] })).toEqual([]);
  });

  it("refuses the same party twice, also across submitters and co-signers", () => {
    expect(errorKeys({ ...valid, cosigners: [{ party: "person:abc123" }] })).toEqual(["cosigners.0.party"]);
  });

  it("reports every problem at once, even when the body is not chosen", () => {
    const keys = errorKeys({
      ...valid,
      body: "",
      titleEn: "",
      submitters: [],
      sources: [{ title: "A report", publisher: "", url: "not a url", publishedOn: "2022-02-30" }],
    });
    expect(keys).toEqual(expect.arrayContaining(["body", "titleEn", "submitters", "sources.0.url", "sources.0.publishedOn"]));
  });

  it("checks sources: a title, an http(s) address, a real date, no duplicates", () => {
    const source = { title: "Report", publisher: "Caixin 财新", url: "https://example.org/a?b=1", publishedOn: "2022-03-05" };
    expect(errorKeys({ ...valid, sources: [source] })).toEqual([]);
    expect(errorKeys({ ...valid, sources: [{ ...source, url: "", publishedOn: "" }] })).toEqual([]);
    expect(errorKeys({ ...valid, sources: [{ ...source, title: " " }] })).toEqual(["sources.0.title"]);
    expect(errorKeys({ ...valid, sources: [source, { ...source }] })).toEqual(["sources.1.title"]);
  });

  it("limits lengths and enums", () => {
    expect(errorKeys({ ...valid, officialNumber: "x".repeat(51) })).toEqual(["officialNumber"]);
    expect(errorKeys({ ...valid, status: "ARCHIVED" })).toEqual(["status"]);
    expect(errorKeys({ ...valid, textProvenance: "RUMOUR" })).toEqual(["textProvenance"]);
  });

  it("derives the create and update variants from the same fields", () => {
    const { version: _version, ...withoutVersion } = valid;
    expect(errorKeys(withoutVersion, createSubmissionSchema)).toEqual([]);
    expect(errorKeys({ ...valid, id: "sub1" }, updateSubmissionSchema)).toEqual([]);
    expect(errorKeys(valid, updateSubmissionSchema)).toEqual(["id"]);
    expect(errorKeys({ ...valid, id: "sub1", version: 0 }, updateSubmissionSchema)).toEqual(["version"]);
    expect(errorKeys({ ...valid, id: "sub1", titleEn: "" }, updateSubmissionSchema)).toEqual(["titleEn"]);
  });
});

describe("isHttpUrl and isIsoDay", () => {
  it("takes only web addresses with a real host", () => {
    expect(["https://example.org", "http://例子.中国/路径", "https://news.qq.com/a/1"].map(isHttpUrl)).toEqual([true, true, true]);
    expect(["javascript:alert(1)", "ftp://example.org", "https://news", "example.org", ""].map(isHttpUrl)).toEqual([
      false, false, false, false, false,
    ]);
  });

  it("takes only real calendar days", () => {
    expect(["2022-03-05", "2024-02-29"].map(isIsoDay)).toEqual([true, true]);
    expect(["2022-02-29", "2022-3-5", "05/03/2022"].map(isIsoDay)).toEqual([false, false, false]);
  });
});
