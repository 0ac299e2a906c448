import { updateTag } from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { createSubmissionAction } from "@/lib/actions/submissions";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { partyRef } from "@/lib/validation/submission";
import { actAs } from "@/tests/support/acting-user";
import { createPerson, createSession, createStaffUser } from "@/tests/support/factories";

// The write path expires the public data cache after a successful save, and only then. (The
// browser test tests/e2e/public-freshness.test.ts shows the public page change for real.)

function input(sessionId: string, personId: string) {
  return {
    sessionId,
    body: "NPC" as const,
    officialNumber: "",
    titleEn: "Synthetic cache test",
    titleZh: "",
    titleIsQuote: false,
    summaryEn: "",
    summaryZh: "",
    fullTextEn: "",
    fullTextZh: "",
    textProvenance: "MEDIA_REPORT" as const,
    isComplex: false,
    submitters: [{ party: partyRef("person", personId) }],
    cosigners: [],
    topicIds: [],
    sources: [],
    status: "PUBLISHED" as const,
  };
}

describe("public cache invalidation", () => {
  it("expires the public data tag after a successful save, not after a refused one", async () => {
    const [session, person] = [await createSession(), await createPerson()];
    vi.mocked(updateTag).mockClear();
    actAs(await createStaffUser("REPORTER")); // may not publish: refused
    expect((await createSubmissionAction(input(session.id, person.id))).ok).toBe(false);
    expect(updateTag).not.toHaveBeenCalled();

    actAs(await createStaffUser("EDITOR"));
    expect((await createSubmissionAction(input(session.id, person.id))).ok).toBe(true);
    expect(updateTag).toHaveBeenCalledWith(PUBLIC_DATA_TAG);
  });
});
