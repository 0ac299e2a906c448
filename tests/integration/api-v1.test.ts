import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAngle } from "@/app/api/v1/angles/[id]/route";
import { GET as getAngles } from "@/app/api/v1/angles/route";
import { GET as getSubmission } from "@/app/api/v1/submissions/[id]/route";
import { GET as getMinistries } from "@/app/api/v1/ministries/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPeople } from "@/app/api/v1/people/route";
import { GET as getReferrals } from "@/app/api/v1/referrals/route";
import { GET as getReplies } from "@/app/api/v1/replies/route";
import { GET as getSessions } from "@/app/api/v1/sessions/route";
import { GET as getSubmissions } from "@/app/api/v1/submissions/route";
import { GET as getTopics } from "@/app/api/v1/topics/route";
import { createSubmission } from "@/tests/support/factories";
import { createPublicWorld, type PublicWorld } from "@/tests/support/public-world";

// The /api/v1 route handlers called as Next calls them: a Request in, a Response out. Each test
// comes from its own client address so the rate limiter (120 a minute) never mixes them up.

type Handler = (request: Request) => Promise<Response>;
type Item = Record<string, unknown> & { id: string };
type ListBody = { data: Item[]; pagination: { limit: number; total: number; nextCursor: string | null; next: string | null } };

const newClient = () => `203.0.113.${randomBytes(1)[0]}, 10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

function call(handler: Handler, path: string, headers: Record<string, string> = {}, client = newClient()) {
  return handler(new Request(`http://tracker.test${path}`, { headers: { "x-forwarded-for": client, ...headers } }));
}

async function list(handler: Handler, path: string): Promise<ListBody> {
  const response = await call(handler, path);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ListBody;
}

let world: PublicWorld;
beforeAll(async () => {
  world = await createPublicWorld();
});

describe("GET /api/v1/submissions", () => {
  it("lists only published submissions of the year, with parties, topics and sources", async () => {
    const body = await list(getSubmissions, `/api/v1/submissions?year=${world.session.year}`);
    const ids = body.data.map((item) => item.id).sort();
    expect(ids).toEqual([world.main.id, world.second.id].sort());
    expect(body.pagination.total).toBe(2);

    const main = body.data.find((item) => item.id === world.main.id)!;
    expect(main).toMatchObject({
      slug: world.main.slug,
      url: `http://tracker.test/submissions/${world.main.slug}`,
      year: world.session.year,
      body: "CPPCC",
      referralIds: [world.referral.id],
      angleIds: [world.angle.id],
    });
    // The draft co-signer and the draft topic are not public.
    expect(main.parties).toEqual([expect.objectContaining({ id: world.person.id, role: "SUBMITTER", type: "person" })]);
    expect(main.topics).toEqual([expect.objectContaining({ id: world.topic.id, url: `http://tracker.test/topics/${world.topic.slug}` })]);
    expect(main.sources).toEqual([
      expect.objectContaining({ id: world.source.id, title: world.source.title, publishedOn: "2022-03-04", locator: "para 3" }),
    ]);
  });

  it.each([
    ["body=npc", "second"],
    ["body=CPPCC", "main"],
    ["result=B", "main"],
    ["result=A", null], // only a draft reply has class A
    ["topic=TOPIC", "main"],
    ["ministry=MINISTRY", "main"],
    ["person=PERSON", "both"],
    ["organization=COMPANY", "main"], // through the published angle
    ["person=DRAFTPERSON", null],
  ])("filters by %s", async (filter, expected) => {
    const query = filter
      .replace("DRAFTPERSON", world.draftPerson.slug)
      .replace("TOPIC", world.topic.slug)
      .replace("MINISTRY", world.ministry.slug)
      .replace("PERSON", world.person.slug)
      .replace("COMPANY", world.company.slug);
    const body = await list(getSubmissions, `/api/v1/submissions?year=${world.session.year}&${query}`);
    const want = expected === "both" ? [world.main.id, world.second.id] : expected === null ? [] : [world[expected as "main" | "second"].id];
    expect(body.data.map((item) => item.id).sort()).toEqual(want.sort());
  });

  it("pages with limit and cursor, in a stable order, without repeats or gaps", async () => {
    const extra = await Promise.all(Array.from({ length: 5 }, () => createSubmission({ status: "PUBLISHED", session: world.session })));
    const expected = [world.main.id, world.second.id, ...extra.map((row) => row.id)].sort();
    const seen: string[] = [];
    let path: string | null = `/api/v1/submissions?year=${world.session.year}&limit=3`;
    for (let pages = 0; path && pages < 10; pages++) {
      const body: ListBody = await list(getSubmissions, path);
      expect(body.pagination.total).toBe(7);
      seen.push(...body.data.map((item) => item.id));
      path = body.pagination.next ? new URL(body.pagination.next).pathname + new URL(body.pagination.next).search : null;
    }
    expect(seen).toEqual(expected);
  });

  it("answers 304 to a matching If-None-Match, with cache headers", async () => {
    const path = `/api/v1/submissions?year=${world.session.year}`;
    const first = await call(getSubmissions, path);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("max-age=60");
    const again = await call(getSubmissions, path, { "if-none-match": `W/${etag}, "other"` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const stale = await call(getSubmissions, path, { "if-none-match": '"not-it"' });
    expect(stale.status).toBe(200);
  });

  it.each([
    ["year=abc", "year"],
    ["year=2022&year=2023", "year"],
    ["limit=0", "limit"],
    ["limit=5000", "limit"],
    ["body=XYZ", "body"],
    ["result=E", "result"],
    ["yaer=2022", "yaer"],
    ["cursor=%27%3B%20drop", "cursor"],
    ["topic=%3Cscript%3E", "topic"],
  ])("refuses %s with a 400 naming the parameter", async (query, field) => {
    const response = await call(getSubmissions, `/api/v1/submissions?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.fields[field]?.length).toBeGreaterThan(0);
    expect(body.error.message).toContain(field);
  });
});

describe("the other endpoints", () => {
  it("referrals, replies and angles show only published rows and no internal fields", async () => {
    const year = world.session.year;
    const referrals = await list(getReferrals, `/api/v1/referrals?year=${year}`);
    expect(referrals.data).toEqual([
      expect.objectContaining({ id: world.referral.id, role: "LEAD", referredOn: "2022-04-01", dueOn: "2022-07-01", replyIds: [world.reply.id] }),
    ]);
    const replies = await list(getReplies, `/api/v1/replies?year=${year}`);
    expect(replies.data.map((item) => item.id)).toEqual([world.reply.id]);
    expect(replies.data[0]).toMatchObject({ result: "B", repliedOn: "2022-06-20", ministry: { id: world.ministry.id } });
    expect((replies.data[0].sources as unknown[]).length).toBe(1);

    const angles = await list(getAngles, `/api/v1/angles?year=${year}`);
    expect(angles.data.map((item) => item.id)).toEqual([world.angle.id]);
    for (const field of ["reviewerComment", "evidence", "authorId", "reviewerId", "status", "deletedAt"]) {
      expect(angles.data[0]).not.toHaveProperty(field);
    }
    const everything = JSON.stringify([referrals, replies, angles, await list(getSubmissions, `/api/v1/submissions?year=${year}`)]);
    expect(everything).not.toContain(world.secret);
    expect(everything).not.toContain(world.draftPerson.nameEn);
  });

  it("people, ministries, topics and sessions list published records only, sessions with their public notes", async () => {
    const people = await list(getPeople, "/api/v1/people?limit=200");
    const peopleIds = people.data.map((item) => item.id);
    expect(peopleIds).not.toContain(world.draftPerson.id);
    const ministries = await list(getMinistries, "/api/v1/ministries?limit=200");
    expect(ministries.data.every((item) => item.kind === "MINISTRY")).toBe(true);
    const topics = await list(getTopics, "/api/v1/topics?limit=200");
    expect(topics.data.map((item) => item.id)).not.toContain(world.draftTopic.id);
    const sessions = await list(getSessions, `/api/v1/sessions?year=${world.session.year}`);
    expect(sessions.data).toEqual([expect.objectContaining({ id: world.session.id, url: `http://tracker.test/sessions/${world.session.year}` })]);
    // The session page shows its notes, so the API carries them too.
    expect(sessions.data[0]).toMatchObject({ notesEn: world.session.notesEn, notesZh: null });
  });

  it("serves the OpenAPI document", async () => {
    const response = await call(getOpenApi, "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; servers: Array<{ url: string }> };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0].url).toBe("http://tracker.test/api/v1");
  });
});

describe("one record by id", () => {
  it("answers a published record, and 404 for a draft, an unknown or a malformed id", async () => {
    const one = (id: string) =>
      getSubmission(new Request(`http://tracker.test/api/v1/submissions/${id}`, { headers: { "x-forwarded-for": newClient() } }), {
        params: Promise.resolve({ id }),
      });
    const found = await one(world.main.id);
    expect(found.status).toBe(200);
    const body = (await found.json()) as { data: Item };
    expect(body.data).toMatchObject({ id: world.main.id, slug: world.main.slug, angleIds: [world.angle.id] });
    for (const id of [world.draft.id, world.deleted.id, "nope", "../etc"]) {
      const response = await one(id);
      expect(response.status, id).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    const angle = await getAngle(new Request(`http://tracker.test/api/v1/angles/${world.draftAngle.id}`), { params: Promise.resolve({ id: world.draftAngle.id }) });
    expect(angle.status).toBe(404);
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After and a JSON message once a client spends its budget, other clients unaffected", async () => {
    const client = newClient();
    let last: Response | undefined;
    for (let i = 0; i < 121; i++) last = await call(getOpenApi, "/api/v1/openapi.json", {}, client);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await last!.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/120 a minute/);
    expect((await call(getOpenApi, "/api/v1/openapi.json")).status).toBe(200);
  });
});
