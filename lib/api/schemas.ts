import { z } from "zod";

// The public API's response shapes, in one place. The route handlers parse every item through
// these before it leaves the server (zod objects drop keys they do not name, so an internal column
// added to a query by mistake is stripped, not published), and /api/v1/openapi.json is generated
// from the same schemas, so the document cannot drift from what the handlers send.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A calendar date, YYYY-MM-DD");
const isoDateTime = z.string().describe("An instant, ISO 8601 in UTC");
const id = z.string().describe("Stable identifier: never reused, unchanged when the record is renamed");

export const bodySchema = z.enum(["NPC", "CPPCC"]).describe("NPC deputies file suggestions (建议); CPPCC members file proposals (提案)");
export const resultSchema = z.enum(["A", "B", "C", "D"]).describe("A solved or adopted, B being solved or planned, C later, D kept for reference");
export const referralRoleSchema = z.enum(["LEAD", "JOINT", "REFERENCE"]);
export const organizationKindSchema = z.enum(["COMPANY", "MINISTRY", "PARTY", "GROUP"]);
export const angleKindSchema = z.enum(["BUSINESS_INTEREST", "POLICY_ECHO"]);
export const angleStrengthSchema = z.enum(["NONE", "INDIRECT", "DIRECT"]);

export const apiSourceSchema = z.object({
  id,
  kind: z.enum(["NEWS_ARTICLE", "OFFICIAL_RELEASE", "COMPANY_RELEASE", "DOCUMENT", "OTHER"]),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  year: z.number().int().nullable(),
  locator: z.string().nullable().describe("Where in the source the fact is (page, paragraph)"),
});

export const apiRefSchema = z.object({
  id,
  slug: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  url: z.string().describe("The record's public page"),
});

const published = {
  publishedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
  sources: z.array(apiSourceSchema).describe("Every public fact carries at least one source"),
};

export const apiSessionSchema = z.object({
  id,
  year: z.number().int(),
  startsOn: isoDate,
  endsOn: isoDate,
  npcTerm: z.number().int(),
  npcSession: z.number().int(),
  cppccTerm: z.number().int(),
  cppccSession: z.number().int(),
  officialNpcHandled: z.number().int().nullable(),
  officialCppccHandled: z.number().int().nullable(),
  notesEn: z.string().nullable().describe("Editors' public notes on the session, as shown on its page"),
  notesZh: z.string().nullable(),
  url: z.string(),
  ...published,
});

export const apiPartySchema = apiRefSchema.extend({
  role: z.enum(["SUBMITTER", "COSIGNER"]),
  type: z.enum(["person", "organization"]),
});

export const apiSubmissionSchema = z.object({
  id,
  slug: z.string(),
  url: z.string(),
  year: z.number().int(),
  body: bodySchema,
  officialNumber: z.string().nullable(),
  titleEn: z.string().nullable(),
  titleZh: z.string().nullable(),
  titleIsQuote: z.boolean().describe("True when titleEn quotes the submission; otherwise it is our description"),
  summaryEn: z.string().nullable(),
  summaryZh: z.string().nullable(),
  fullTextEn: z.string().nullable(),
  fullTextZh: z.string().nullable(),
  textProvenance: z.enum(["OFFICIAL_RELEASE", "COMPANY_PUBLISHED", "MEDIA_REPORT", "UNKNOWN"]),
  isComplex: z.boolean(),
  parties: z.array(apiPartySchema),
  topics: z.array(apiRefSchema),
  referralIds: z.array(id),
  angleIds: z.array(id),
  alsoRaisedIn: z
    .array(z.object({ id, slug: z.string(), url: z.string(), year: z.number().int() }))
    .describe("Published submissions of other sessions an editor confirmed as raising the same matter (followed transitively), oldest first"),
  ...published,
});

export const apiReferralSchema = z.object({
  id,
  submissionId: id,
  submissionSlug: z.string(),
  year: z.number().int(),
  ministry: apiRefSchema,
  role: referralRoleSchema,
  referredOn: isoDate,
  dueOn: isoDate,
  replyIds: z.array(id),
  ...published,
});

export const apiReplySchema = z.object({
  id,
  referralId: id,
  submissionId: id,
  submissionSlug: z.string(),
  year: z.number().int(),
  ministry: apiRefSchema,
  repliedOn: isoDate,
  referenceNumber: z.string().nullable(),
  result: resultSchema.nullable(),
  summaryEn: z.string().nullable(),
  summaryZh: z.string().nullable(),
  textEn: z.string().nullable(),
  textZh: z.string().nullable(),
  signalEn: z.string().nullable(),
  signalZh: z.string().nullable(),
  ...published,
});

export const apiPersonSchema = z.object({
  id,
  slug: z.string(),
  url: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  pinyin: z.string().nullable(),
  aliases: z.array(z.string()),
  bioEn: z.string().nullable(),
  bioZh: z.string().nullable(),
  memberships: z.array(
    z.object({ body: bodySchema, fromYear: z.number().int().nullable(), toYear: z.number().int().nullable(), endReason: z.string().nullable() }),
  ),
  affiliations: z.array(
    z.object({ title: z.string(), fromYear: z.number().int().nullable(), toYear: z.number().int().nullable(), organization: apiRefSchema }),
  ),
  ...published,
});

export const apiOrganizationSchema = z.object({
  id,
  slug: z.string(),
  url: z.string(),
  kind: organizationKindSchema,
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  aliases: z.array(z.string()),
  sectors: z.array(z.string()),
  descriptionEn: z.string().nullable(),
  descriptionZh: z.string().nullable(),
  interests: z.array(z.object({ id, kind: z.enum(["PRODUCT", "MARKET", "SECTOR", "OTHER"]), labelEn: z.string(), labelZh: z.string().nullable() })),
  ...published,
});

export const apiTopicSchema = z.object({
  id,
  slug: z.string(),
  url: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  descriptionZh: z.string().nullable(),
  ...published,
});

export const apiAngleSchema = z.object({
  id,
  submissionId: id,
  submissionSlug: z.string(),
  year: z.number().int(),
  organization: apiRefSchema.nullable(),
  interest: z.object({ id, labelEn: z.string(), labelZh: z.string().nullable() }).nullable(),
  kind: angleKindSchema,
  strength: angleStrengthSchema,
  rationaleEn: z.string(),
  rationaleZh: z.string().nullable(),
  rightOfReply: z.string().nullable().describe("The company's or submitter's response"),
  rightOfReplyOn: isoDate.nullable(),
  ...published,
});

export const apiPaginationSchema = z.object({
  limit: z.number().int(),
  total: z.number().int().describe("Rows matching the filters, across all pages"),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
  next: z.string().nullable().describe("The full address of the next page"),
});

export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), pagination: apiPaginationSchema });
}

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(["invalid_query", "rate_limited", "not_found", "internal"]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("For invalid_query: the messages per query parameter"),
  }),
});

export type ApiSource = z.infer<typeof apiSourceSchema>;
export type ApiRef = z.infer<typeof apiRefSchema>;
export type ApiSession = z.infer<typeof apiSessionSchema>;
export type ApiSubmission = z.infer<typeof apiSubmissionSchema>;
export type ApiReferral = z.infer<typeof apiReferralSchema>;
export type ApiReply = z.infer<typeof apiReplySchema>;
export type ApiPerson = z.infer<typeof apiPersonSchema>;
export type ApiOrganization = z.infer<typeof apiOrganizationSchema>;
export type ApiTopic = z.infer<typeof apiTopicSchema>;
export type ApiAngle = z.infer<typeof apiAngleSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
