import "server-only";
import type { z } from "zod";
import type { sourceSchema } from "@/lib/validation/submission";
import type { Tx } from "./versioning";

// Sources are shared between records: a title + publisher pair is one source, cited by many.

export type SourceInput = z.infer<typeof sourceSchema>;

/** Reuses a source with the same title and publisher (they are unique), filling in what is new. */
export async function sourceIdFor(tx: Tx, source: SourceInput): Promise<string> {
  const publishedOn = source.publishedOn ? new Date(`${source.publishedOn}T00:00:00Z`) : null;
  const existing = await tx.source.findFirst({
    where: { title: source.title, publisher: source.publisher },
    select: { id: true, url: true, publishedOn: true },
  });
  if (!existing) {
    const created = await tx.source.create({
      data: { title: source.title, publisher: source.publisher, url: source.url, publishedOn },
      select: { id: true },
    });
    return created.id;
  }
  // Other records may cite this source too: correct its address or date, never blank them.
  const changed =
    (source.url && source.url !== existing.url) ||
    (publishedOn && publishedOn.getTime() !== existing.publishedOn?.getTime());
  if (changed) {
    await tx.source.update({
      where: { id: existing.id },
      data: { url: source.url ?? existing.url, publishedOn: publishedOn ?? existing.publishedOn, version: { increment: 1 } },
    });
  }
  return existing.id;
}


/** The cited sources of a record as form values. */
export function sourceValues(citations: Array<{ source: { title: string; publisher: string | null; url: string | null; publishedOn: Date | null } }>) {
  return citations.map(({ source }) => ({
    title: source.title,
    publisher: source.publisher ?? "",
    url: source.url ?? "",
    publishedOn: source.publishedOn ? source.publishedOn.toISOString().slice(0, 10) : "",
  }));
}

export const citationSelect = {
  orderBy: { id: "asc" },
  select: { source: { select: { id: true, title: true, publisher: true, url: true, publishedOn: true } } },
} as const;
