import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTEXT_LENGTH, reanchor } from "@/lib/notes/anchor";

type Tx = Prisma.TransactionClient;

// Called by recordSave (lib/data/records/versioning.ts) inside every save of a submission or a
// reply, whatever the path (form, restore, trash, scheduled publication, import): each anchored
// note on the record is found again in the saved text, moved, or marked detached. A detached note
// that finds its passage again (say, after an old revision is restored) is attached again.

type Texts = Record<string, string | null>;

async function loadTexts(tx: Tx, type: "Submission" | "Reply", id: string): Promise<Texts | null> {
  if (type === "Submission") {
    return tx.submission.findUnique({ where: { id }, select: { fullTextEn: true, fullTextZh: true } });
  }
  return tx.reply.findUnique({ where: { id }, select: { textEn: true, textZh: true } });
}

export interface ReanchorSummary {
  kept: number;
  moved: number;
  detached: number;
}

export async function reanchorNotes(tx: Tx, type: string, id: string): Promise<ReanchorSummary> {
  const summary = { kept: 0, moved: 0, detached: 0 };
  if (type !== "Submission" && type !== "Reply") return summary;
  const notes = await tx.note.findMany({
    where: { ...(type === "Submission" ? { submissionId: id } : { replyId: id }), parentId: null, field: { not: null }, deletedAt: null },
    select: { id: true, field: true, anchorStart: true, anchorEnd: true, quote: true, prefix: true, suffix: true, detached: true },
  });
  if (notes.length === 0) return summary;
  const texts = await loadTexts(tx, type, id);
  for (const note of notes) {
    const text = (note.field && texts?.[note.field]) || "";
    const result = note.quote
      ? reanchor(text, { quote: note.quote, prefix: note.prefix ?? "", suffix: note.suffix ?? "", start: note.anchorStart ?? -1, end: note.anchorEnd ?? -1 })
      : ({ status: "detached" } as const);
    summary[result.status] += 1;
    if (result.status === "detached") {
      if (!note.detached) await tx.note.update({ where: { id: note.id }, data: { detached: true } });
      continue;
    }
    if (note.detached || result.start !== note.anchorStart || result.end !== note.anchorEnd) {
      // Context is refreshed too, so the next edit compares against the text as it now reads.
      await tx.note.update({
        where: { id: note.id },
        data: {
          detached: false,
          anchorStart: result.start,
          anchorEnd: result.end,
          prefix: text.slice(Math.max(0, result.start - CONTEXT_LENGTH), result.start),
          suffix: text.slice(result.end, result.end + CONTEXT_LENGTH),
        },
      });
    }
  }
  return summary;
}
