import { describe, expect, it, vi } from "vitest";
import { generateMetadata as homeMetadata } from "@/app/(public)/page";
import { generateMetadata as layoutMetadata } from "@/app/(public)/layout";
import { generateMetadata as personMetadata } from "@/app/(public)/people/[slug]/page";
import { generateMetadata as organizationMetadata } from "@/app/(public)/organizations/[slug]/page";
import { generateMetadata as sessionMetadata } from "@/app/(public)/sessions/[year]/page";
import { generateMetadata as submissionMetadata } from "@/app/(public)/submissions/[slug]/page";
import { db } from "@/lib/db";
import { createOrganization, createPerson, createSession, createSubmission } from "@/tests/support/factories";
import { readIn } from "@/tests/support/intl";

// What search engines and browser tabs show: in the Chinese interface, titles and descriptions come
// from the Chinese messages, never from English written into a page; the home page names the site once.

vi.mock("next-intl/server", async () => (await import("@/tests/support/intl")).intlServerMock());
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => undefined }));

const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });
const hasLatin = (text: unknown) => /[A-Za-z]{3,}/.test(String(text));

describe("public page metadata in the reader's language", () => {
  it("names the site once on the home page and after every other title", async () => {
    readIn("en");
    expect((await homeMetadata()).title).toEqual({ absolute: "Two Sessions Tracker 两会" });
    expect((await layoutMetadata()).title).toEqual({ default: "Two Sessions Tracker 两会", template: "%s · Two Sessions Tracker" });
    readIn("zh");
    const home = await homeMetadata();
    expect(home.title).toEqual({ absolute: "两会追踪" });
    expect(home.openGraph).toMatchObject({ siteName: "两会追踪", locale: "zh_CN", alternateLocale: ["en_GB"] });
    expect((await layoutMetadata()).title).toEqual({ default: "两会追踪", template: "%s · 两会追踪" });
  });

  it("describes people, organizations, sessions and submissions in Chinese", async () => {
    const session = await createSession({ status: "PUBLISHED" });
    const person = await createPerson({ status: "PUBLISHED", nameZh: "测试人物" });
    const organization = await createOrganization("COMPANY", { status: "PUBLISHED", nameZh: "测试公司" });
    const submission = await createSubmission({ status: "PUBLISHED", session, titleZh: "关于测试的建议", summaryEn: null });
    await db.submissionParty.create({ data: { submissionId: submission.id, personId: person.id } });

    readIn("zh");
    const personMeta = await personMetadata(slug(person.slug));
    expect(personMeta.description).toBe("测试人物在全国两会的任职和职务，以及本站追踪的1件建议和提案，附记者的利益分析和来源。");
    expect((await organizationMetadata(slug(organization.slug))).description).toMatch(/^测试公司：/);
    // Titles name the record as its heading does: the reader's language first.
    expect((await organizationMetadata(slug(organization.slug))).title).toBe(`测试公司 ${organization.nameEn}`);
    expect(personMeta.title).toBe(`测试人物 ${person.nameEn}`);
    const sessionMeta = await sessionMetadata({ params: Promise.resolve({ year: String(session.year) }) });
    expect(sessionMeta.title).toBe(`${session.year}年全国两会`);
    expect(hasLatin(sessionMeta.description)).toBe(false);
    const submissionMeta = await submissionMetadata(slug(submission.slug));
    expect(submissionMeta.title).toBe("关于测试的建议");
    expect(submissionMeta.description).toBe(`测试人物在${session.year}年全国两会上提出的全国人大代表建议，附来源和记者的利益分析。`);

    readIn("en");
    expect((await organizationMetadata(slug(organization.slug))).title).toBe(`${organization.nameEn} 测试公司`);
    expect((await personMetadata(slug(person.slug))).description).toBe(
      `${person.nameEn}'s seats at China's two sessions, roles, and the 1 submission we track, with reporters' angles and sources.`,
    );
    expect((await submissionMetadata(slug(submission.slug))).description).toBe(
      `Suggestion (建议) to the ${session.year} NPC by ${person.nameEn}, with sources and reporters' angles.`,
    );
  });

  it("says a missing record is missing in Chinese", async () => {
    readIn("zh");
    expect((await personMetadata(slug("no-such-person-anywhere"))).title).toBe("找不到该人物");
    expect((await submissionMetadata(slug("no-such-submission-anywhere"))).title).toBe("找不到该建议或提案");
    expect((await organizationMetadata(slug("no-such-organization-anywhere"))).title).toBe("找不到该机构");
    expect((await sessionMetadata({ params: Promise.resolve({ year: "2999" }) })).title).toBe("找不到该届会议");
  });
});
