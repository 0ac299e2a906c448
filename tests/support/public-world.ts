import { db } from "@/lib/db";
import {
  createOrganization,
  createPerson,
  createSession,
  createStaffUser,
  createSubmission,
  createTopic,
  uniqueTag,
} from "./factories";

// A small synthetic world for tests of what leaves the tracker (API, feeds, downloads): one
// published session with published and unpublished records side by side, and internal text
// (reviewer comments, evidence, private notes) planted so a test can prove it never appears.

const published = { status: "PUBLISHED" } as const;

export async function createPublicWorld() {
  const tag = uniqueTag();
  const secret = `INTERNAL-${tag}`;
  const session = await createSession(published);
  const ministry = await createOrganization("MINISTRY", { ...published, nameZh: `合成部委${tag}` });
  const company = await createOrganization("COMPANY", { ...published, nameZh: `合成公司${tag}` });
  const draftCompany = await createOrganization("COMPANY", { nameEn: `Draft company ${tag}` });
  const person = await createPerson({ ...published, nameZh: `合成人物${tag}` });
  const draftPerson = await createPerson({ nameEn: `Draft person ${tag}` });
  const topic = await createTopic(published);
  const draftTopic = await createTopic({ nameEn: `Draft topic ${tag}` });
  const author = await createStaffUser("REPORTER");

  const source = await db.source.create({
    data: { kind: "NEWS_ARTICLE", title: `Synthetic article ${tag}`, publisher: "Synthetic Daily", url: `https://example.test/${tag}`, publishedOn: new Date("2022-03-04") },
  });

  // Published, referred to the ministry, replied B, with an angle on the company.
  const main = await createSubmission({
    ...published,
    session,
    body: "CPPCC",
    titleEn: `Synthetic proposal on =cmd|' /C calc'!A0 & <b>markup</b> ${tag}`,
    titleZh: `合成提案：数据安全${tag}`,
  });
  await db.submissionParty.createMany({
    data: [
      { submissionId: main.id, personId: person.id, role: "SUBMITTER" },
      { submissionId: main.id, personId: draftPerson.id, role: "COSIGNER", position: 1 },
    ],
  });
  await db.submissionTopic.createMany({ data: [{ submissionId: main.id, topicId: topic.id }, { submissionId: main.id, topicId: draftTopic.id }] });
  const referral = await db.referral.create({
    data: { submissionId: main.id, ministryId: ministry.id, role: "LEAD", referredOn: new Date("2022-04-01"), dueOn: new Date("2022-07-01"), status: "PUBLISHED", publishedAt: new Date() },
  });
  const reply = await db.reply.create({
    data: { referralId: referral.id, repliedOn: new Date("2022-06-20"), result: "B", summaryEn: `Synthetic reply ${tag}`, status: "PUBLISHED", publishedAt: new Date() },
  });
  const draftReply = await db.reply.create({
    data: { referralId: referral.id, repliedOn: new Date("2022-06-21"), result: "A", summaryEn: `Draft reply ${tag}`, status: "DRAFT" },
  });
  const angle = await db.angle.create({
    data: {
      submissionId: main.id,
      organizationId: company.id,
      kind: "BUSINESS_INTEREST",
      strength: "DIRECT",
      rationaleEn: `Synthetic rationale ${tag}`,
      evidence: `${secret} evidence`,
      reviewerComment: `${secret} reviewer comment`,
      authorId: author.id,
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const draftAngle = await db.angle.create({
    data: { submissionId: main.id, kind: "POLICY_ECHO", strength: "NONE", rationaleEn: `${secret} draft angle`, status: "IN_REVIEW" },
  });
  await db.note.create({ data: { authorId: author.id, submissionId: main.id, body: `${secret} private note`, visibility: "PRIVATE" } });
  await db.citation.createMany({
    data: [
      { sourceId: source.id, submissionId: main.id, locator: "para 3" },
      { sourceId: source.id, replyId: reply.id },
      { sourceId: source.id, personId: person.id },
    ],
  });

  // An NPC suggestion by the same person, no referral; a draft; a deleted one.
  const second = await createSubmission({ ...published, session, body: "NPC" });
  await db.submissionParty.create({ data: { submissionId: second.id, personId: person.id } });
  const draft = await createSubmission({ session, titleEn: `${secret} draft submission` });
  const deleted = await createSubmission({ ...published, session, deletedAt: new Date(), titleEn: `${secret} deleted submission` });
  await db.submissionParty.create({ data: { submissionId: draft.id, personId: person.id } });

  return { tag, secret, session, ministry, company, draftCompany, person, draftPerson, topic, draftTopic, source, main, second, draft, deleted, referral, reply, draftReply, angle, draftAngle };
}

export type PublicWorld = Awaited<ReturnType<typeof createPublicWorld>>;
