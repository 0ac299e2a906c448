// The public tables one can download, their columns and what they hold. Kept apart from the
// loaders (lib/data/public/download-tables.ts) so that the /api page lists them without touching
// the database layer.

export interface DownloadTableDoc {
  name: string;
  /** The CSV header, in order; every row has exactly these keys. */
  columns: string[];
  description: string;
  /** Whether /downloads/<year>/<table> exists. */
  perSession: boolean;
}

export const downloadTableDocs = [
  { name: "sessions", perSession: true, description: "Sessions: year, dates, NPC and CPPCC term and session numbers, public notes", columns: ["id", "year", "startsOn", "endsOn", "npcTerm", "npcSession", "cppccTerm", "cppccSession", "officialNpcHandled", "officialCppccHandled", "notesEn", "notesZh", "publishedAt"] },
  { name: "submissions", perSession: true, description: "Submissions: NPC suggestions and CPPCC proposals", columns: ["id", "year", "slug", "body", "officialNumber", "titleEn", "titleZh", "titleIsQuote", "summaryEn", "summaryZh", "fullTextEn", "fullTextZh", "textProvenance", "isComplex", "publishedAt", "updatedAt"] },
  { name: "submission-parties", perSession: true, description: "Who filed or co-signed each submission (a person or an organization)", columns: ["id", "submissionId", "role", "position", "personId", "organizationId"] },
  { name: "submission-topics", perSession: true, description: "The topics of each submission", columns: ["submissionId", "topicId"] },
  { name: "referrals", perSession: true, description: "Referrals of submissions to ministries, with role and due date", columns: ["id", "submissionId", "ministryId", "role", "referredOn", "dueOn", "publishedAt"] },
  { name: "replies", perSession: true, description: "Ministries' replies, with result class A-D", columns: ["id", "referralId", "repliedOn", "referenceNumber", "result", "summaryEn", "summaryZh", "textEn", "textZh", "signalEn", "signalZh", "publishedAt"] },
  { name: "angles", perSession: true, description: "Reporters' published assessments of whose interests a submission serves", columns: ["id", "submissionId", "organizationId", "interestId", "kind", "strength", "rationaleEn", "rationaleZh", "rightOfReply", "rightOfReplyOn", "publishedAt"] },
  { name: "people", perSession: false, description: "People: names in English and Chinese, pinyin, aliases, biographies", columns: ["id", "slug", "nameEn", "nameZh", "pinyin", "aliases", "bioEn", "bioZh", "publishedAt"] },
  { name: "memberships", perSession: false, description: "People's seats in the NPC or CPPCC", columns: ["id", "personId", "body", "fromYear", "toYear", "endReason"] },
  { name: "affiliations", perSession: false, description: "People's roles in organizations", columns: ["id", "personId", "organizationId", "title", "fromYear", "toYear"] },
  { name: "organizations", perSession: false, description: "Companies, ministries, parties and groups", columns: ["id", "slug", "kind", "nameEn", "nameZh", "aliases", "sectors", "descriptionEn", "descriptionZh", "publishedAt"] },
  { name: "interests", perSession: false, description: "Organizations' business interests: products, markets, sectors", columns: ["id", "organizationId", "kind", "labelEn", "labelZh"] },
  { name: "topics", perSession: false, description: "Topics", columns: ["id", "slug", "nameEn", "nameZh", "descriptionEn", "descriptionZh", "publishedAt"] },
  { name: "sources", perSession: false, description: "Sources: articles and documents the facts come from", columns: ["id", "kind", "title", "publisher", "url", "publishedOn", "year"] },
  { name: "citations", perSession: false, description: "Which source backs which record (exactly one of the record columns is set)", columns: ["id", "sourceId", "locator", "sessionId", "personId", "organizationId", "interestId", "membershipId", "affiliationId", "topicId", "submissionId", "referralId", "replyId", "angleId"] },
] as const satisfies readonly DownloadTableDoc[];

export type DownloadTableName = (typeof downloadTableDocs)[number]["name"];
