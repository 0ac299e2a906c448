import { describe, expect, it } from "vitest";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import { listOrganizationSilences, listSessionSilences } from "@/lib/data/public/silences";
import { db } from "@/lib/db";
import { emptyOrganization, materialTopicsEditorsOnly } from "@/lib/validation/organization";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createPerson, createSession, createStaffUser, createSubmission, createTopic } from "@/tests/support/factories";
import { countQueries } from "@/tests/support/query-counter";

// Notable silences: members affiliated with an organization, seated in a session, who filed no
// published submission there on a topic an editor marked material to it. Synthetic data only.

const published = { status: "PUBLISHED" } as const;

async function world() {
  const session = await createSession(published);
  const year = session.year;
  const company = await createOrganization("COMPANY", published);
  const [gaming, cloud, hidden] = await Promise.all([createTopic(published), createTopic(published), createTopic()]);
  await db.materialTopic.createMany({
    data: [gaming, cloud, hidden].map((topic) => ({ organizationId: company.id, topicId: topic.id })),
  });
  const seat = (personId: string, fromYear: number | null = year - 1, toYear: number | null = null) =>
    db.membership.create({ data: { personId, body: "CPPCC", fromYear, toYear } });
  const role = (personId: string, fromYear: number | null = null, toYear: number | null = null) =>
    db.affiliation.create({ data: { personId, organizationId: company.id, title: "Synthetic founder", fromYear, toYear } });
  const filed = (personId: string, topicId: string, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
    createSubmission({ status, session, parties: { create: [{ personId }] }, topics: { create: [{ topicId }] } });

  // Raised gaming, not cloud: silent on cloud only. A draft on cloud does not count.
  const partly = await createPerson(published);
  await Promise.all([seat(partly.id), role(partly.id)]);
  await filed(partly.id, gaming.id);
  await filed(partly.id, cloud.id, "DRAFT");
  // Raised both: not listed.
  const vocal = await createPerson(published);
  await Promise.all([seat(vocal.id), role(vocal.id)]);
  await filed(vocal.id, gaming.id);
  await filed(vocal.id, cloud.id);
  // Filed nothing: silent on both (the unpublished topic never shows).
  const silent = await createPerson(published);
  await Promise.all([seat(silent.id), role(silent.id, year - 3, year)]);
  // No seat that year, a role that ended before, or an unpublished person: never listed.
  const unseated = await createPerson(published);
  await Promise.all([seat(unseated.id, year + 1), role(unseated.id)]);
  const former = await createPerson(published);
  await Promise.all([seat(former.id), role(former.id, year - 5, year - 1)]);
  const draftPerson = await createPerson();
  await Promise.all([seat(draftPerson.id), role(draftPerson.id)]);

  return { session, year, company, gaming, cloud, hidden, partly, vocal, silent };
}

describe("notable silences", () => {
  it("lists, per session, the seated members who filed nothing on a material topic", async () => {
    const w = await world();
    const all = await listSessionSilences(w.year);
    const ours = all.filter((silence) => silence.organization.slug === w.company.slug);
    const byPerson = Object.fromEntries(ours.map((silence) => [silence.person.slug, silence.topics.map((topic) => topic.slug).sort()]));
    expect(byPerson).toEqual({
      [w.partly.slug]: [w.cloud.slug],
      [w.silent.slug]: [w.gaming.slug, w.cloud.slug].sort(),
    });

    const organization = await listOrganizationSilences(w.company.id);
    expect(organization.judged).toBe(true);
    expect(organization.topics.map((topic) => topic.slug).sort()).toEqual([w.gaming.slug, w.cloud.slug].sort());
    const thisYear = organization.years.find((entry) => entry.year === w.year);
    expect(thisYear?.silences.map((silence) => silence.person.slug).sort()).toEqual([w.partly.slug, w.silent.slug].sort());
  });

  it("says when no editor has judged an organization, and costs a fixed few queries", async () => {
    const company = await createOrganization("COMPANY", published);
    expect(await listOrganizationSilences(company.id)).toEqual({ judged: false, topics: [], years: [] });
    const w = await world();
    const session = await countQueries(() => listSessionSilences(w.year));
    const organization = await countQueries(() => listOrganizationSilences(w.company.id));
    console.log(`[query counts] session silences ${session.queries}, organization silences ${organization.queries}`);
    expect(session.queries).toBeLessThanOrEqual(2);
    expect(organization.queries).toBeLessThanOrEqual(3);
  });

  it("lets only editors mark topics as material, through the organization form", async () => {
    const topic = await createTopic(published);
    const { version: _version, ...values } = emptyOrganization;
    actAs(await createStaffUser("REPORTER"));
    const refused = await createOrganizationAction({ ...values, nameEn: "Synthetic reporter company", materialTopicIds: [topic.id] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { materialTopicIds: [materialTopicsEditorsOnly] } });
    const draft = await createOrganizationAction({ ...values, nameEn: "Synthetic reporter company" });
    if (!draft.ok) throw new Error(JSON.stringify(draft));

    actAs(await createStaffUser("EDITOR"));
    const marked = await updateOrganizationAction({ ...values, id: draft.data.id, version: draft.data.version, nameEn: "Synthetic reporter company", materialTopicIds: [topic.id] });
    expect(marked).toMatchObject({ ok: true });
    expect(await db.materialTopic.findMany({ where: { organizationId: draft.data.id }, select: { topicId: true } })).toEqual([{ topicId: topic.id }]);

    // A reporter's later save keeps the editor's judgement; changing it is refused.
    actAs(await createStaffUser("REPORTER"));
    if (!marked.ok) throw new Error("unreachable");
    const kept = await updateOrganizationAction({ ...values, id: draft.data.id, version: marked.data.version, nameEn: "Synthetic reporter company", descriptionEn: "Edited.", materialTopicIds: [topic.id] });
    expect(kept).toMatchObject({ ok: true });
    if (!kept.ok) throw new Error("unreachable");
    const cleared = await updateOrganizationAction({ ...values, id: draft.data.id, version: kept.data.version, nameEn: "Synthetic reporter company", materialTopicIds: [] });
    expect(cleared).toMatchObject({ ok: false, fieldErrors: { materialTopicIds: [materialTopicsEditorsOnly] } });
    expect(await db.materialTopic.count({ where: { organizationId: draft.data.id } })).toBe(1);
  });
});
