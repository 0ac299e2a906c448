import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Approved public notes as readers get them: the passage and the note's text, nothing about who
// wrote or approved it, no thread, no mentions. The query filter is publicNoteWhere
// (visibility.ts); attachedNotes is a second, independent guard at read time.

export const publicNoteSelect = {
  id: true, field: true, anchorStart: true, anchorEnd: true, quote: true, body: true,
} satisfies Prisma.NoteSelect;

type NoteRow = Prisma.NoteGetPayload<{ select: typeof publicNoteSelect }>;

export interface PublicNote {
  id: string;
  field: string;
  start: number;
  end: number;
  quote: string;
  body: string;
}

/**
 * Only notes whose passage is still exactly where they point: a text changed by a path that did
 * not re-anchor (a raw import, say) hides the note instead of highlighting other words.
 */
export function attachedNotes(rows: NoteRow[], texts: Record<string, string | null>): PublicNote[] {
  return rows.flatMap((row) => {
    const text = row.field ? texts[row.field] : null;
    if (!text || row.anchorStart === null || row.anchorEnd === null || !row.quote || !row.field) return [];
    if (text.slice(row.anchorStart, row.anchorEnd) !== row.quote) return [];
    return [{ id: row.id, field: row.field, start: row.anchorStart, end: row.anchorEnd, quote: row.quote, body: row.body }];
  });
}
