import type { CurrentUser } from "@/lib/auth/roles";
import type { Permission } from "@/lib/auth/permissions";

// Who may do what with reporters' notes. Checked in lib/data/notes*.ts and in lib/actions/notes.ts.
// Kept beside permissions.ts rather than in it so the note rules read in one place.

/** Every staff member writes notes, replies in threads and reads desk notes. */
export const canWriteNotes: Permission = () => true;
/** Editors and admins approve a public note (and withdraw the approval). */
export const canApproveNotes: Permission = (user) => user.role === "EDITOR" || user.role === "ADMIN";

export interface NoteAccessRow {
  authorId: string;
  visibility: "PRIVATE" | "DESK" | "PUBLIC";
}

/** A private note is its author's alone, admins included; desk and public notes are the desk's. */
export function canReadNote(user: CurrentUser, note: NoteAccessRow): boolean {
  return note.visibility !== "PRIVATE" || note.authorId === user.id;
}

/** Authors edit and delete their own notes; admins moderate every note they can read. */
export function canChangeNote(user: CurrentUser, note: NoteAccessRow): boolean {
  return note.authorId === user.id || (user.role === "ADMIN" && canReadNote(user, note));
}
