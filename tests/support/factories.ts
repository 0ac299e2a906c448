import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type {
  Organization,
  Person,
  Prisma,
  Session,
  Submission,
  Topic,
  User,
} from "@/lib/generated/prisma/client";
import type { Body, OrganizationKind, PublicationStatus, Role } from "@/lib/generated/prisma/enums";
import { actAs } from "./acting-user";

// Unique, clearly synthetic rows for one test, written through the shared `db` of lib/db (which
// tests/support/setup.ts has pointed at this run's database). Tests never depend on each other's
// rows or on an empty database: query by the ids these return, not by counting tables.
// Every factory takes Prisma fields to override its defaults.

/** The password of every user createStaffUser makes, for tests that sign in. */
export const staffPassword = "Synthetic-test-password-7!";

let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A short tag unique across workers and runs, e.g. "1a2b3c-4". */
export function uniqueTag(): string {
  counter += 1;
  return `${randomBytes(3).toString("hex")}-${counter}`;
}

/** A published record gets a publication date unless the test chose one. */
function publishedAt(data: { status?: PublicationStatus; publishedAt?: Date | string | null }) {
  return data.publishedAt ?? (data.status === "PUBLISHED" ? new Date() : undefined);
}

export async function createStaffUser(
  role: Role = "REPORTER",
  data: Partial<Prisma.UserUncheckedCreateInput> = {},
): Promise<User> {
  // One bcrypt hash (cost 12, ~250 ms) per worker, shared by every user it creates.
  passwordHash ??= hashPassword(staffPassword);
  const tag = uniqueTag();
  return db.user.create({
    data: {
      email: `synthetic-${tag}@example.test`,
      name: `Synthetic ${role.toLowerCase()} ${tag}`,
      role,
      passwordHash: await passwordHash,
      ...data,
    },
  });
}

/** A new staff member who is also the acting user from now on (see actAs). */
export async function actAsNewStaffUser(role: Role = "REPORTER"): Promise<User> {
  const user = await createStaffUser(role);
  actAs(user);
  return user;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** A session in a synthetic year (3000-9999) no real session will ever use. */
export async function createSession(data: Partial<Prisma.SessionUncheckedCreateInput> = {}): Promise<Session> {
  // Years are unique; workers pick at random and retry on the rare collision.
  for (let attempt = 0; ; attempt++) {
    const year = data.year ?? 3000 + Math.floor(Math.random() * 7000);
    try {
      return await db.session.create({
        data: {
          year,
          startsOn: new Date(Date.UTC(year, 2, 5)),
          endsOn: new Date(Date.UTC(year, 2, 11)),
          npcTerm: 14,
          npcSession: 1,
          cppccTerm: 14,
          cppccSession: 1,
          notesEn: `Synthetic session ${year}, created by a test.`,
          ...data,
          publishedAt: publishedAt(data),
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || data.year !== undefined || attempt >= 20) throw error;
    }
  }
}

export async function createPerson(data: Partial<Prisma.PersonUncheckedCreateInput> = {}): Promise<Person> {
  const tag = uniqueTag();
  return db.person.create({
    data: {
      slug: `synthetic-person-${tag}`,
      nameEn: `Synthetic person ${tag}`,
      ...data,
      publishedAt: publishedAt(data),
    },
  });
}

export async function createOrganization(
  kind: OrganizationKind = "COMPANY",
  data: Partial<Prisma.OrganizationUncheckedCreateInput> = {},
): Promise<Organization> {
  const tag = uniqueTag();
  return db.organization.create({
    data: {
      slug: `synthetic-${kind.toLowerCase()}-${tag}`,
      kind,
      nameEn: `Synthetic ${kind.toLowerCase()} ${tag}`,
      ...data,
      publishedAt: publishedAt(data),
    },
  });
}

export async function createTopic(data: Partial<Prisma.TopicUncheckedCreateInput> = {}): Promise<Topic> {
  const tag = uniqueTag();
  return db.topic.create({
    data: {
      slug: `synthetic-topic-${tag}`,
      nameEn: `Synthetic topic ${tag}`,
      ...data,
      publishedAt: publishedAt(data),
    },
  });
}

export interface SubmissionOptions extends Partial<Omit<Prisma.SubmissionUncheckedCreateInput, "sessionId">> {
  status?: PublicationStatus;
  body?: Body;
  /** The session it belongs to; a new synthetic session when omitted. */
  session?: Pick<Session, "id">;
}

/** A suggestion (NPC) or proposal (CPPCC), in a new synthetic session unless one is given. */
export async function createSubmission(options: SubmissionOptions = {}): Promise<Submission> {
  const { session, ...data } = options;
  const sessionId = (session ?? (await createSession())).id;
  const tag = uniqueTag();
  return db.submission.create({
    data: {
      slug: `synthetic-submission-${tag}`,
      body: "NPC",
      titleEn: `Synthetic submission ${tag}`,
      summaryEn: `A synthetic summary for submission ${tag}.`,
      ...data,
      sessionId,
      publishedAt: publishedAt(data),
    },
  });
}
