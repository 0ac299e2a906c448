import type { AngleStrength, ReplyResult, TextProvenance } from "@/lib/generated/prisma/enums";

// The submission list's filters beyond year and body, as index tokens on every document that
// belongs to a submission (the submission, its replies, angles and public notes), so a filtered
// search is answered inside the GIN index like the year and body are. Written by the reindex
// (from published rows only, as the list's filters read them) and asked for by the search.

export interface SubmissionFacets {
  topics: string[];
  ministries: string[];
  results: ReplyResult[];
  strengths: AngleStrength[];
  provenance: TextProvenance;
  hasReply: boolean;
}

export interface FacetFilters {
  topic?: string;
  ministry?: string;
  result?: ReplyResult;
  strength?: AngleStrength;
  provenance?: TextProvenance;
  hasReply?: "yes" | "no";
}

const token = {
  topic: (slug: string) => `tp:${slug}`,
  ministry: (slug: string) => `mi:${slug}`,
  result: (result: string) => `rc:${result.toLowerCase()}`,
  strength: (strength: string) => `st:${strength.toLowerCase()}`,
  provenance: (provenance: string) => `pv:${provenance.toLowerCase()}`,
  hasReply: (yes: boolean) => `hr:${yes ? "yes" : "no"}`,
};

/** The tokens a submission's documents carry. */
export function facetTokens(facets: SubmissionFacets): string[] {
  return [
    ...new Set([
      ...facets.topics.map(token.topic),
      ...facets.ministries.map(token.ministry),
      ...facets.results.map(token.result),
      ...facets.strengths.map(token.strength),
      token.provenance(facets.provenance),
      token.hasReply(facets.hasReply),
    ]),
  ];
}

/** The tokens a filtered search requires (all of them). */
export function filterTokens(filters: FacetFilters): string[] {
  const tokens: string[] = [];
  if (filters.topic) tokens.push(token.topic(filters.topic));
  if (filters.ministry) tokens.push(token.ministry(filters.ministry));
  if (filters.result) tokens.push(token.result(filters.result));
  if (filters.strength) tokens.push(token.strength(filters.strength));
  if (filters.provenance) tokens.push(token.provenance(filters.provenance));
  if (filters.hasReply) tokens.push(token.hasReply(filters.hasReply === "yes"));
  return tokens;
}
