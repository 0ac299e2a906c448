import type { NoteField, NoteTarget } from "@/lib/validation/note";

// Where notes live: a submission's full text or a reply's text, each in English and Chinese.

export const FIELD_LABELS: Record<NoteField, { label: string; lang: "en" | "zh" }> = {
  fullTextEn: { label: "Full text (English)", lang: "en" },
  fullTextZh: { label: "Full text (Chinese)", lang: "zh" },
  textEn: { label: "Reply text (English)", lang: "en" },
  textZh: { label: "Reply text (Chinese)", lang: "zh" },
};

const segments: Record<NoteTarget, string> = { Submission: "submissions", Reply: "replies" };

export function noteTargetForSegment(segment: string): NoteTarget | null {
  if (segment === "submissions") return "Submission";
  if (segment === "replies") return "Reply";
  return null;
}

/** The back-office page with a record's texts and their notes. */
export function notesHref(target: NoteTarget, id: string, noteId?: string): string {
  return `/admin/notes/${segments[target]}/${id}${noteId ? `#note-${noteId}` : ""}`;
}
