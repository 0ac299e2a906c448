import { describe, expect, it } from "vitest";
import { GET as getAngles } from "@/app/api/v1/angles/route";
import { createAngleAction, updateAngleAction } from "@/lib/actions/angles";
import { getPublishedOrganizationBySlug } from "@/lib/data/public/organizations";
import { getPublishedPersonBySlug } from "@/lib/data/public/people";
import { searchPublished } from "@/lib/data/public/search";
import { getPublishedSubmissionBySlug } from "@/lib/data/public/submission-detail";
import { db } from "@/lib/db";
import { emptyAngle } from "@/lib/validation/angle";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createPerson, createSession, createStaffUser, createSubmission, uniqueTag } from "@/tests/support/factories";

// What the public sees of angles: a published angle with its interest, sources and right of
// reply; never a draft or in-review angle, never the reviewer's comment or the internal evidence,
// whether on the page's data, the API or search. Written through the back office's own actions.
// All data is synthetic.

const published = { status: "PUBLISHED" } as const;
const { version: _version, ...newAngle } = emptyAngle;

function ok<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`Expected success: ${JSON.stringify(result)}`);
  return result.data;
}

async function world() {
  const tag = uniqueTag();
  const session = await createSession(published);
  const person = await createPerson(published);
  const company = await createOrganization("COMPANY", published);
  await db.affiliation.create({ data: { personId: person.id, organizationId: company.id, title: "Synthetic founder" } });
  const interest = await db.interest.create({ data: { organizationId: company.id, kind: "PRODUCT", labelEn: `Synthetic chargers ${tag}`, labelZh: "合成充电桩" } });
  const submissions = await Promise.all(
    [1, 2, 3].map(() => createSubmission({ ...published, session, parties: { create: [{ personId: person.id }] } })),
  );
  const base = {
    ...newAngle,
    organizationId: company.id,
    interestId: interest.id,
    sources: [{ title: `Synthetic filing ${tag}`, publisher: "Synthetic Wire", url: "https://example.test/filing", publishedOn: "2022-03-05" }],
  };
  return { tag, session, person, company, interest, submissions, base };
}

describe("published angles in public data", () => {
  it("shows a published angle with interest, sources and right of reply, and nothing of drafts or review", async () => {
    const w = await world();
    const [submission] = w.submissions;
    const secret = `INTERNAL-${w.tag}`;
    actAs(await createStaffUser("REPORTER"));
    const draft = ok(await createAngleAction({ ...w.base, submissionId: submission.id, rationaleEn: `${secret} draft rationale`, evidence: `${secret} evidence` }));
    const toPublish = ok(await createAngleAction({
      ...w.base, submissionId: submission.id, strength: "DIRECT", status: "IN_REVIEW",
      rationaleEn: `Synthetic published rationale ${w.tag}`, rationaleZh: "合成理由", evidence: `${secret} evidence two`,
      rightOfReply: `Synthetic company response ${w.tag}`, rightOfReplyOn: "2022-03-20",
    }));

    const before = await getPublishedSubmissionBySlug(submission.slug);
    expect(before?.angles).toEqual([]);

    actAs(await createStaffUser("EDITOR"));
    ok(await updateAngleAction({
      ...w.base, id: toPublish.id, version: toPublish.version, submissionId: submission.id, strength: "DIRECT", status: "PUBLISHED",
      rationaleEn: `Synthetic published rationale ${w.tag}`, rationaleZh: "合成理由", evidence: `${secret} evidence two`,
      rightOfReply: `Synthetic company response ${w.tag}`, rightOfReplyOn: "2022-03-20", reviewerComment: `${secret} reviewer comment`,
    }));

    const detail = await getPublishedSubmissionBySlug(submission.slug);
    expect(detail?.angles).toHaveLength(1);
    expect(detail?.angles[0]).toMatchObject({
      id: toPublish.id,
      strength: "DIRECT",
      rationaleEn: `Synthetic published rationale ${w.tag}`,
      rightOfReply: `Synthetic company response ${w.tag}`,
      interest: { labelEn: w.interest.labelEn, labelZh: "合成充电桩" },
      organization: { slug: w.company.slug },
      sources: [expect.objectContaining({ title: `Synthetic filing ${w.tag}`, url: "https://example.test/filing" })],
    });
    expect(JSON.stringify(detail)).not.toContain(secret);

    const response = await getAngles(new Request(`http://tracker.test/api/v1/angles?submission=${submission.id}`, { headers: { "x-forwarded-for": "198.51.100.77" } }));
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(text).toContain(toPublish.id);
    expect(text).not.toContain(draft.id);
    expect(text).not.toContain(secret);

    const found = await searchPublished({ q: `published rationale ${w.tag}`, page: 1 }, "en");
    expect(found.groups.flatMap((group) => group.hits).some((hit) => hit.href.endsWith(`#angle-${toPublish.id}`))).toBe(true);
    const hidden = await searchPublished({ q: `${secret} draft rationale`, page: 1 }, "en");
    expect(hidden.total).toBe(0);
    const comment = await searchPublished({ q: `${secret} reviewer comment`, page: 1 }, "en");
    expect(comment.total).toBe(0);
  });

  it("groups a person's submissions by strongest published angle and lists interest touches on the organization", async () => {
    const w = await world();
    const [direct, indirect, unrated] = w.submissions;
    const angle = (submissionId: string, strength: "DIRECT" | "INDIRECT", status: "PUBLISHED" | "IN_REVIEW") =>
      db.angle.create({
        data: { submissionId, organizationId: w.company.id, interestId: w.interest.id, kind: "BUSINESS_INTEREST", strength, rationaleEn: "Synthetic", status },
      });
    await angle(direct.id, "DIRECT", "PUBLISHED");
    await angle(indirect.id, "INDIRECT", "PUBLISHED");
    // An angle in review never counts: the third stays unrated.
    await angle(unrated.id, "DIRECT", "IN_REVIEW");

    const person = await getPublishedPersonBySlug(w.person.slug);
    const strongest = Object.fromEntries(person!.submissions.map((item) => [item.id, item.strongestAngle]));
    expect(strongest).toEqual({ [direct.id]: "DIRECT", [indirect.id]: "INDIRECT", [unrated.id]: null });
    expect(person!.angleStrengths).toEqual({ DIRECT: 1, INDIRECT: 1, NONE: 0 });

    const organization = await getPublishedOrganizationBySlug(w.company.slug);
    const touches = organization!.submissions.filter((item) => item.angles.length > 0);
    expect(touches.map((item) => [item.id, item.angles.map((a) => a.strength)])).toEqual(
      expect.arrayContaining([[direct.id, ["DIRECT"]], [indirect.id, ["INDIRECT"]]]),
    );
    expect(touches).toHaveLength(2);
    expect(touches[0].submitters[0]).toMatchObject({ slug: w.person.slug });
    expect(touches[0].angles[0].interest).toBe(`${w.interest.labelEn} 合成充电桩`);
  });
});
