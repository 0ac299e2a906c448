import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// The starter facts ship inside the repository (prisma/data), never read from outside it at run
// time. They are parsed strictly: a typo in the file must stop the seed rather than publish a
// half-read fact.

export const starterDataPath = path.resolve(process.cwd(), "prisma", "data", "two-sessions-2022.json");

const bodyCode = z.enum(["NPC", "CPPCC"]);
const year = z.number().int().min(1949).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const membershipSchema = z
  .object({
    body: bodyCode,
    since: year.optional(),
    until: year.optional(),
    activeIn: year.optional(),
    endReason: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

const angleSchema = z
  .object({
    kind: z.enum(["business-interest", "policy-echo"]),
    strength: z.enum(["none", "indirect", "direct"]),
    note: z.string().min(1),
  })
  .strict();

export const starterDataSchema = z.object({
  about: z.string(),
  source: z.object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    year,
    kind: z.literal("news article"),
  }),
  bodies: z.array(
    z.object({ code: bodyCode, name: z.string(), nameZh: z.string(), memberTitle: z.string() }).loose(),
  ),
  sessions: z.array(
    z
      .object({
        year,
        startsOn: isoDate,
        endsOn: isoDate,
        npcTerm: z.number().int().positive(),
        npcSession: z.number().int().positive(),
        cppccTerm: z.number().int().positive(),
        cppccSession: z.number().int().positive(),
      })
      .strict(),
  ),
  processFacts: z.array(z.string()),
  organizations: z.array(
    z
      .object({
        slug: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        nameZh: z.string().min(1).optional(),
        sectors: z.array(z.string().min(1)),
        interests: z.array(z.string().min(1)),
      })
      .strict(),
  ),
  people: z.array(
    z
      .object({
        slug: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        nickname: z.string().min(1).optional(),
        nameZh: z.string().min(1).optional(),
        pinyin: z.string().min(1).optional(),
        roles: z.array(z.object({ org: z.string(), title: z.string().min(1) }).strict()),
        memberships: z.array(membershipSchema),
        note: z.string().min(1).optional(),
      })
      .strict(),
  ),
  submissions: z.array(
    z
      .object({
        by: z.string(),
        year,
        body: bodyCode,
        title: z.string().min(1),
        titleIsQuote: z.boolean().optional(),
        topics: z.array(z.string().min(1)),
        angles: z.array(angleSchema),
      })
      .strict(),
  ),
});

export type StarterData = z.infer<typeof starterDataSchema>;
export type StarterPerson = StarterData["people"][number];
export type StarterSubmission = StarterData["submissions"][number];

/** Reads and checks the starter data, including that every cross-reference resolves. */
export function loadStarterData(file = starterDataPath): StarterData {
  const data = starterDataSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const orgs = new Set(data.organizations.map((org) => org.slug));
  const people = new Set(data.people.map((person) => person.slug));
  const years = new Set(data.sessions.map((session) => session.year));
  const problems: string[] = [];
  for (const person of data.people) {
    for (const role of person.roles) if (!orgs.has(role.org)) problems.push(`${person.slug}: unknown org ${role.org}`);
  }
  for (const submission of data.submissions) {
    if (!people.has(submission.by)) problems.push(`submission "${submission.title}": unknown person ${submission.by}`);
    if (!years.has(submission.year)) problems.push(`submission "${submission.title}": unknown session ${submission.year}`);
  }
  if (problems.length > 0) throw new Error(`${file} does not hold together:\n  ${problems.join("\n  ")}`);
  return data;
}

/** How many angles the file holds (the brief says 18; the file is the authority). */
export function countAngles(data: StarterData): number {
  return data.submissions.reduce((total, submission) => total + submission.angles.length, 0);
}
