import "server-only";
import type { FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import { dayDate, dayValue, publishAtValue } from "@/lib/validation/fields";
import { updateSessionSchema, type SessionFormValues, type SessionInput } from "@/lib/validation/session";

// Sessions: one a year, addressed publicly by the year (/sessions/2022), so the year is unique.

const select = {
  id: true, year: true, startsOn: true, endsOn: true, npcTerm: true, npcSession: true, cppccTerm: true, cppccSession: true,
  officialNpcHandled: true, officialCppccHandled: true, notesEn: true, notesZh: true,
  status: true, publishedAt: true, publishAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
} satisfies Prisma.SessionSelect;
type SessionSnapshot = Prisma.SessionGetPayload<{ select: typeof select }>;

const yearTaken = "A session for this year already exists (it may be in the trash).";

export const sessionRecord = defineRecord<SessionInput, SessionFormValues, SessionSnapshot>({
  type: "Session",
  delegate: (tx) => tx.session as unknown as Delegate,
  select,
  schema: updateSessionSchema,
  uniqueField: { field: "year", message: yearTaken },
  check: async (tx, input, id): Promise<FieldErrors> => {
    const clash = await tx.session.findFirst({ where: { year: input.year, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
    return clash ? { year: [yearTaken] } : {};
  },
  toData: (input) => ({
    year: input.year, startsOn: dayDate(input.startsOn), endsOn: dayDate(input.endsOn),
    npcTerm: input.npcTerm, npcSession: input.npcSession, cppccTerm: input.cppccTerm, cppccSession: input.cppccSession,
    officialNpcHandled: input.officialNpcHandled, officialCppccHandled: input.officialCppccHandled,
    notesEn: input.notesEn, notesZh: input.notesZh,
  }),
  toValues: (row) => ({
    year: row.year, startsOn: dayValue(row.startsOn), endsOn: dayValue(row.endsOn),
    npcTerm: row.npcTerm, npcSession: row.npcSession, cppccTerm: row.cppccTerm, cppccSession: row.cppccSession,
    officialNpcHandled: row.officialNpcHandled?.toString() ?? "", officialCppccHandled: row.officialCppccHandled?.toString() ?? "",
    notesEn: row.notesEn ?? "", notesZh: row.notesZh ?? "", publishAt: publishAtValue(row.publishAt),
    status: row.publishAt ? "PUBLISHED" : row.status, version: row.version,
  }),
  title: (row) => `${row.year} session`,
});
