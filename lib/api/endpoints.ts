import "server-only";
import * as query from "@/lib/api/query";
import * as schemas from "@/lib/api/schemas";
import type { ListEndpoint } from "@/lib/api/http";
import { listApiOrganizations, listApiPeople, listApiSessions, listApiTopics } from "@/lib/data/public/api-entities";
import { listApiAngles, listApiReferrals, listApiReplies, listApiSubmissions } from "@/lib/data/public/api-submissions";
import { apiEndpointDocs } from "@/lib/api/endpoint-docs";

// Which query schema, item schema and data function make up each /api/v1 endpoint. The route files
// wrap these in listHandler; the OpenAPI document is built from the schemas in endpoint-docs.ts.

function endpoint<Q extends import("zod").ZodObject, Item>(e: ListEndpoint<Q, Item>) {
  return e;
}

export const apiEndpoints = {
  sessions: endpoint({ query: query.sessionsQuery, item: schemas.apiSessionSchema, list: listApiSessions }),
  submissions: endpoint({ query: query.submissionsQuery, item: schemas.apiSubmissionSchema, list: listApiSubmissions }),
  referrals: endpoint({ query: query.referralsQuery, item: schemas.apiReferralSchema, list: listApiReferrals }),
  replies: endpoint({ query: query.repliesQuery, item: schemas.apiReplySchema, list: listApiReplies }),
  people: endpoint({ query: query.peopleQuery, item: schemas.apiPersonSchema, list: listApiPeople }),
  organizations: endpoint({ query: query.organizationsQuery, item: schemas.apiOrganizationSchema, list: listApiOrganizations }),
  ministries: endpoint({
    query: query.ministriesQuery,
    item: schemas.apiOrganizationSchema,
    list: (q, origin) => listApiOrganizations({ ...q, kind: "MINISTRY" }, origin),
  }),
  topics: endpoint({ query: query.topicsQuery, item: schemas.apiTopicSchema, list: listApiTopics }),
  angles: endpoint({ query: query.anglesQuery, item: schemas.apiAngleSchema, list: listApiAngles }),
} satisfies Record<keyof typeof apiEndpointDocs, unknown>;
