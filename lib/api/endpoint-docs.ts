import type { z } from "zod";
import * as query from "@/lib/api/query";
import * as schemas from "@/lib/api/schemas";

// What each endpoint is, for people: the OpenAPI document and the /api page read these. Kept apart
// from endpoints.ts so that describing the API never imports the database layer.

export interface EndpointDoc {
  summary: string;
  description: string;
  query: z.ZodObject;
  item: z.ZodType;
  itemName: string;
}

export const apiEndpointDocs = {
  sessions: { summary: "Sessions", description: "Each year's NPC and CPPCC meetings, with term and session numbers.", query: query.sessionsQuery, item: schemas.apiSessionSchema, itemName: "Session" },
  submissions: {
    summary: "Submissions",
    description: "NPC suggestions (建议) and CPPCC proposals (提案), with submitters, co-signers, topics and the ids of their referrals and angles.",
    query: query.submissionsQuery,
    item: schemas.apiSubmissionSchema,
    itemName: "Submission",
  },
  referrals: { summary: "Referrals", description: "A submission referred to a ministry, with its handling role and the date a reply is due.", query: query.referralsQuery, item: schemas.apiReferralSchema, itemName: "Referral" },
  replies: { summary: "Replies", description: "A ministry's written answer to a referral, with its result class A-D.", query: query.repliesQuery, item: schemas.apiReplySchema, itemName: "Reply" },
  people: { summary: "People", description: "Deputies and members, with NPC/CPPCC memberships and business affiliations.", query: query.peopleQuery, item: schemas.apiPersonSchema, itemName: "Person" },
  organizations: { summary: "Organizations", description: "Companies, ministries, parties and groups, with their business interests.", query: query.organizationsQuery, item: schemas.apiOrganizationSchema, itemName: "Organization" },
  ministries: { summary: "Ministries", description: "The organizations of kind MINISTRY: the ministries and agencies submissions are referred to.", query: query.ministriesQuery, item: schemas.apiOrganizationSchema, itemName: "Organization" },
  topics: { summary: "Topics", description: "The subjects submissions are filed under.", query: query.topicsQuery, item: schemas.apiTopicSchema, itemName: "Topic" },
  angles: {
    summary: "Angles",
    description: "Reporters' published assessments of how a submission lines up with an organization's interests (business-interest) or Beijing's line (policy-echo).",
    query: query.anglesQuery,
    item: schemas.apiAngleSchema,
    itemName: "Angle",
  },
} satisfies Record<string, EndpointDoc>;

export type ApiEndpointName = keyof typeof apiEndpointDocs;
