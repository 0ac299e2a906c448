import type { SearchKind } from "@/lib/search/document";

/** How each group of results is headed on /search and named in suggestions. */
export const SEARCH_KIND_LABELS: Record<SearchKind, { plural: string; singular: string }> = {
  submission: { plural: "Submissions", singular: "Submission" },
  person: { plural: "People", singular: "Person" },
  organization: { plural: "Organizations", singular: "Organization" },
  ministry: { plural: "Ministries and agencies", singular: "Ministry" },
  topic: { plural: "Topics", singular: "Topic" },
  reply: { plural: "Ministry replies", singular: "Reply" },
  angle: { plural: "Angles", singular: "Angle" },
  note: { plural: "Reporters' notes", singular: "Note" },
};
