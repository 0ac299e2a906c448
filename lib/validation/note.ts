import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

// The note forms of the back office, shared by the client forms and lib/actions/notes.ts.

export const noteTargets = ["Submission", "Reply"] as const;
export type NoteTarget = (typeof noteTargets)[number];

/** The text fields a note can be anchored to, per target. */
export const noteFields = { Submission: ["fullTextEn", "fullTextZh"], Reply: ["textEn", "textZh"] } as const;
export type NoteField = (typeof noteFields)[NoteTarget][number];
export const allNoteFields = ["fullTextEn", "fullTextZh", "textEn", "textZh"] as const;

export const noteVisibilities = ["PRIVATE", "DESK", "PUBLIC"] as const;
export type NoteVisibilityValue = (typeof noteVisibilities)[number];

const id = z.string().min(1).max(64);
const body = requiredText(5000, "The note", "Write the note.");
const mentionIds = z.array(id).max(20, "Mention at most 20 colleagues.").default([]);
const visibility = z.enum(noteVisibilities, { error: "Choose who may see the note." });

export const createNoteSchema = z
  .object({
    target: z.enum(noteTargets),
    targetId: id,
    field: z.enum(allNoteFields),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** The passage as the writer saw it: refused if the saved text no longer has it there. */
    quote: z.string().min(1, "Select a passage of the text first.").max(5000, "Select a shorter passage: at most 5,000 characters."),
    body,
    visibility,
    mentionIds,
  })
  .refine((input) => input.end > input.start, { path: ["quote"], message: "Select a passage of the text first." })
  .refine((input) => (noteFields[input.target] as readonly string[]).includes(input.field), { path: ["field"], message: "Choose one of this record's texts." });
export type CreateNoteInput = z.input<typeof createNoteSchema>;

export const replyNoteSchema = z.object({ parentId: id, body, mentionIds });
export type ReplyNoteInput = z.input<typeof replyNoteSchema>;

export const editNoteSchema = z.object({ id, version: z.number().int().min(1), body, visibility: visibility.optional() });
export type EditNoteInput = z.input<typeof editNoteSchema>;

export const noteRefSchema = z.object({ id, version: z.number().int().min(1) });
export type NoteRefInput = z.input<typeof noteRefSchema>;

export const mentionReadSchema = z.object({ noteId: id, read: z.boolean().default(true) });
export type MentionReadInput = z.input<typeof mentionReadSchema>;
