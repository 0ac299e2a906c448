import "server-only";
import type { SourceKind } from "@/lib/generated/prisma/enums";

/** The public fields of a Source: what a reader needs to check a fact. */
export const sourceSelect = {
  select: { id: true, kind: true, title: true, publisher: true, url: true, publishedOn: true, year: true },
} as const;

export interface PublicSource {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: Date | null;
  year: number | null;
}

/** Each cited source once, in the order first cited. */
export function toSources(citations: Array<{ source: PublicSource }>): PublicSource[] {
  const seen = new Map<string, PublicSource>();
  for (const citation of citations) if (!seen.has(citation.source.id)) seen.set(citation.source.id, citation.source);
  return [...seen.values()];
}
