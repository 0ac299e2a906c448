import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { FILTER_KEYS, type FilterKey, type SubmissionFilters, type SubmissionSort } from "@/lib/data/public/submission-filters";

// The list's filters as SQL, for what Prisma's query builder cannot say in one statement: every
// filter value's count with the other filters applied (faceted counts, one statement for all
// eight filters) and sorting by the number of public co-signers. The rule is the one of
// visibility.ts, at every level a filter looks at: published and not deleted. Values are bound
// parameters; enums are compared as text so a parameter never needs a type cast.

const visible = (alias: string) => Prisma.raw(`${alias}."status" = 'PUBLISHED' AND ${alias}."deletedAt" IS NULL`);

/** Published, not deleted submissions of published sessions: id, year, body, provenance. */
export const visibleSubmissionsSql = Prisma.sql`
  SELECT s."id", se."year", s."body"::text AS "body", s."textProvenance"::text AS "provenance",
         s."titleEn", s."titleZh", s."publishedAt"
  FROM "Submission" s JOIN "Session" se ON se."id" = s."sessionId"
  WHERE ${visible("s")} AND ${visible("se")}`;

/** Visible referrals to visible ministries of submission b. */
const referralsOf = Prisma.sql`"Referral" r JOIN "Organization" m ON m."id" = r."ministryId" AND ${visible("m")}
  WHERE r."submissionId" = b."id" AND ${visible("r")}`;
const repliesOf = Prisma.sql`"Referral" r JOIN "Organization" m ON m."id" = r."ministryId" AND ${visible("m")}
  JOIN "Reply" p ON p."referralId" = r."id" AND ${visible("p")}
  WHERE r."submissionId" = b."id" AND ${visible("r")}`;
const hasReplySql = Prisma.sql`EXISTS (SELECT 1 FROM ${repliesOf})`;

type Filters = Omit<SubmissionFilters, "page" | "sort">;

function condition(key: FilterKey, filters: Filters): Prisma.Sql | null {
  switch (key) {
    case "year":
      return filters.year === undefined ? null : Prisma.sql`b."year" = ${filters.year}`;
    case "body":
      return filters.body === undefined ? null : Prisma.sql`b."body" = ${filters.body}`;
    case "provenance":
      return filters.provenance === undefined ? null : Prisma.sql`b."provenance" = ${filters.provenance}`;
    case "topic":
      return filters.topic === undefined
        ? null
        : Prisma.sql`EXISTS (SELECT 1 FROM "SubmissionTopic" st JOIN "Topic" t ON t."id" = st."topicId" AND ${visible("t")}
            WHERE st."submissionId" = b."id" AND t."slug" = ${filters.topic})`;
    case "ministry":
      return filters.ministry === undefined ? null : Prisma.sql`EXISTS (SELECT 1 FROM ${referralsOf} AND m."slug" = ${filters.ministry})`;
    case "result":
      return filters.result === undefined ? null : Prisma.sql`EXISTS (SELECT 1 FROM ${repliesOf} AND p."result"::text = ${filters.result})`;
    case "strength":
      return filters.strength === undefined
        ? null
        : Prisma.sql`EXISTS (SELECT 1 FROM "Angle" a WHERE a."submissionId" = b."id" AND ${visible("a")} AND a."strength"::text = ${filters.strength})`;
    case "hasReply":
      if (filters.hasReply === undefined) return null;
      return filters.hasReply === "yes" ? hasReplySql : Prisma.sql`NOT ${hasReplySql}`;
  }
}

/** The WHERE clause (on alias b of visibleSubmissionsSql) for the filters, leaving out `except`. */
export function filterConditionSql(filters: Filters, except?: FilterKey): Prisma.Sql {
  const parts = FILTER_KEYS.filter((key) => key !== except).flatMap((key) => {
    const sql = condition(key, filters);
    return sql ? [sql] : [];
  });
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** For one filter, each value a submission has, as rows (b."id", "value"). */
const facetValues: Record<FilterKey, Prisma.Sql> = {
  year: Prisma.sql`SELECT b."id", b."year"::text AS "value" FROM base b`,
  body: Prisma.sql`SELECT b."id", b."body" AS "value" FROM base b`,
  provenance: Prisma.sql`SELECT b."id", b."provenance" AS "value" FROM base b`,
  topic: Prisma.sql`SELECT b."id", t."slug" AS "value" FROM base b JOIN "SubmissionTopic" st ON st."submissionId" = b."id"
    JOIN "Topic" t ON t."id" = st."topicId" AND ${visible("t")}`,
  ministry: Prisma.sql`SELECT DISTINCT b."id", m."slug" AS "value" FROM base b JOIN "Referral" r ON r."submissionId" = b."id" AND ${visible("r")}
    JOIN "Organization" m ON m."id" = r."ministryId" AND ${visible("m")}`,
  result: Prisma.sql`SELECT DISTINCT b."id", p."result"::text AS "value" FROM base b JOIN "Referral" r ON r."submissionId" = b."id" AND ${visible("r")}
    JOIN "Organization" m ON m."id" = r."ministryId" AND ${visible("m")}
    JOIN "Reply" p ON p."referralId" = r."id" AND ${visible("p")} AND p."result" IS NOT NULL`,
  strength: Prisma.sql`SELECT DISTINCT b."id", a."strength"::text AS "value" FROM base b
    JOIN "Angle" a ON a."submissionId" = b."id" AND ${visible("a")}`,
  hasReply: Prisma.sql`SELECT b."id", CASE WHEN ${hasReplySql} THEN 'yes' ELSE 'no' END AS "value" FROM base b`,
};

/**
 * One statement: for every filter, how many visible submissions each of its values would leave
 * with the OTHER filters as they are (what the reader gets by picking that value).
 */
export function facetCountsSql(filters: Filters): Prisma.Sql {
  const parts = FILTER_KEYS.map(
    (key) => Prisma.sql`SELECT ${key}::text AS "facet", v."value", count(*)::int AS "count"
      FROM (${facetValues[key]}) v JOIN base b ON b."id" = v."id"
      WHERE ${filterConditionSql(filters, key)} GROUP BY v."value"`,
  );
  return Prisma.sql`WITH base AS MATERIALIZED (${visibleSubmissionsSql}) ${Prisma.join(parts, " UNION ALL ")}`;
}

const cosigners = Prisma.sql`(SELECT count(*) FROM "SubmissionParty" sp
  LEFT JOIN "Person" pe ON pe."id" = sp."personId" LEFT JOIN "Organization" o ON o."id" = sp."organizationId"
  WHERE sp."submissionId" = b."id" AND sp."role" = 'COSIGNER'
    AND ((pe."id" IS NOT NULL AND ${visible("pe")}) OR (o."id" IS NOT NULL AND ${visible("o")})))`;

// Each order ends with the id in code-unit order: a page never repeats or skips a row, and PGlite
// and PostgreSQL agree whatever the server's locale.
const orders: Record<SubmissionSort, Prisma.Sql> = {
  newest: Prisma.sql`b."year" DESC, b."publishedAt" DESC NULLS LAST, b."id" COLLATE "C"`,
  oldest: Prisma.sql`b."year" ASC, b."publishedAt" ASC NULLS LAST, b."id" COLLATE "C"`,
  title: Prisma.sql`lower(coalesce(b."titleEn", b."titleZh", '')) COLLATE "C", b."id" COLLATE "C"`,
  cosigners: Prisma.sql`${cosigners} DESC, b."year" DESC, b."publishedAt" DESC NULLS LAST, b."id" COLLATE "C"`,
};

/** One page of ids in the chosen order, each row carrying the total that matched. */
export function listIdsSql(filters: Filters, sort: SubmissionSort, offset: number, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT b."id", count(*) OVER ()::int AS "total" FROM (${visibleSubmissionsSql}) b
    WHERE ${filterConditionSql(filters)} ORDER BY ${orders[sort]} LIMIT ${limit} OFFSET ${offset}`;
}

/** The total alone, for a page past the end (its id query returns no row to carry it). */
export function countSql(filters: Filters): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM (${visibleSubmissionsSql}) b WHERE ${filterConditionSql(filters)}`;
}
