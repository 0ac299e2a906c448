import { z } from "zod";
import { angleKindSchema, angleStrengthSchema, bodySchema, organizationKindSchema, referralRoleSchema, resultSchema } from "@/lib/api/schemas";

// The query strings the API accepts, one zod schema per endpoint. The same schemas describe the
// parameters in the OpenAPI document. Anything the schema does not name is refused (a typo such as
// ?yaer=2022 would otherwise silently return everything), and so is a parameter given twice.

export const API_DEFAULT_LIMIT = 50;
export const API_MAX_LIMIT = 200;

const upper = (schema: z.ZodType) => z.preprocess((value) => (typeof value === "string" ? value.trim().toUpperCase() : value), schema);
const slug = z.string().trim().min(1, "must not be empty").max(200).regex(/^[\p{L}\p{N}-]+$/u, "must be a slug such as ma-huateng");
const recordId = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be an id from this API");

export const paginationQuery = {
  limit: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(API_MAX_LIMIT, `must be at most ${API_MAX_LIMIT}`)
    .default(API_DEFAULT_LIMIT)
    .describe(`Items per page, 1-${API_MAX_LIMIT} (default ${API_DEFAULT_LIMIT})`),
  cursor: recordId.optional().describe("The nextCursor of the previous page"),
};

const year = z.coerce
  .number({ error: "must be a year such as 2022" })
  .int("must be a year such as 2022")
  .min(1949, "must be a year such as 2022")
  .max(9999, "must be a year such as 2022")
  .optional()
  .describe("Session year, e.g. 2022");

export const sessionsQuery = z.object({ ...paginationQuery, year });

export const submissionsQuery = z.object({
  ...paginationQuery,
  year,
  body: upper(bodySchema.optional()).describe("NPC or CPPCC"),
  topic: slug.optional().describe("Topic slug"),
  ministry: slug.optional().describe("Ministry slug: submissions referred to it"),
  result: upper(resultSchema.optional()).describe("Reply result class A-D: submissions with a reply of that class"),
  person: slug.optional().describe("Person slug: submitted or co-signed by that person"),
  organization: slug
    .optional()
    .describe("Organization slug: submitted by it, or assessed by a published angle as touching its interests"),
});

export const referralsQuery = z.object({
  ...paginationQuery,
  year,
  ministry: slug.optional().describe("Ministry slug"),
  role: upper(referralRoleSchema.optional()).describe("LEAD, JOINT or REFERENCE"),
  submission: recordId.optional().describe("Submission id"),
});

export const repliesQuery = z.object({
  ...paginationQuery,
  year,
  ministry: slug.optional().describe("Ministry slug"),
  result: upper(resultSchema.optional()).describe("Result class A-D"),
  submission: recordId.optional().describe("Submission id"),
});

export const peopleQuery = z.object({ ...paginationQuery, body: upper(bodySchema.optional()).describe("Members of NPC or CPPCC") });
export const organizationsQuery = z.object({ ...paginationQuery, kind: upper(organizationKindSchema.optional()).describe("COMPANY, MINISTRY, PARTY or GROUP") });
export const ministriesQuery = z.object({ ...paginationQuery });
export const topicsQuery = z.object({ ...paginationQuery });

export const anglesQuery = z.object({
  ...paginationQuery,
  year,
  organization: slug.optional().describe("Organization slug"),
  kind: upper(angleKindSchema.optional()).describe("BUSINESS_INTEREST or POLICY_ECHO"),
  strength: upper(angleStrengthSchema.optional()).describe("NONE, INDIRECT or DIRECT"),
  submission: recordId.optional().describe("Submission id"),
});

/** id: one record only, for /api/v1/<things>/<id> (not a query parameter). */
export type PageQuery = { limit: number; cursor?: string; id?: string };
export type OneOrMany<T> = T & { id?: string };

export type QueryResult<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string[]> };

/** Reads a query string through an endpoint's schema; field messages instead of an exception. */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): QueryResult<z.output<S>> {
  const fields: Record<string, string[]> = {};
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!known.has(key)) fields[key] = [`unknown parameter; this endpoint accepts ${[...known].join(", ")}`];
    else if (values.length > 1) fields[key] = ["given more than once"];
    else raw[key] = values[0];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "query");
      (fields[key] ??= []).push(issue.message);
    }
  }
  if (Object.keys(fields).length > 0 || !parsed.success) return { ok: false, fields };
  return { ok: true, value: parsed.data };
}
