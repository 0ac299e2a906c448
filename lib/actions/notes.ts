"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { authorizedAction, type ActionResult } from "@/lib/actions/safe-action";
import { canApproveNotes, canWriteNotes } from "@/lib/auth/note-permissions";
import { setMentionRead } from "@/lib/data/note-inbox";
import { createNote, deleteNote, editNote, replyToNote, setNoteApproval } from "@/lib/data/note-writes";
import {
  createNoteSchema,
  editNoteSchema,
  mentionReadSchema,
  noteRefSchema,
  replyNoteSchema,
  type CreateNoteInput,
  type EditNoteInput,
  type MentionReadInput,
  type NoteRefInput,
  type ReplyNoteInput,
} from "@/lib/validation/note";

// Reporters' notes: write, reply, edit, delete (authors; admins moderate), approve and withdraw
// (editors). The data layer checks the same rules again. Every successful write refreshes the
// public pages: an approved note shows there, a withdrawn or deleted one must disappear at once.

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) refreshPublicPages();
  return result;
}

const create = authorizedAction({ schema: createNoteSchema, permission: canWriteNotes }, (input) => createNote(input));
const reply = authorizedAction({ schema: replyNoteSchema, permission: canWriteNotes }, (input) => replyToNote(input));
const edit = authorizedAction({ schema: editNoteSchema, permission: canWriteNotes }, (input) => editNote(input));
const remove = authorizedAction({ schema: noteRefSchema, permission: canWriteNotes }, (input) => deleteNote(input));
const approve = authorizedAction({ schema: noteRefSchema, permission: canApproveNotes }, (input) => setNoteApproval(input, true));
const withdraw = authorizedAction({ schema: noteRefSchema, permission: canApproveNotes }, (input) => setNoteApproval(input, false));
const markRead = authorizedAction({ schema: mentionReadSchema, permission: canWriteNotes }, (input) => setMentionRead(input.noteId, input.read));

export async function createNoteAction(input: CreateNoteInput) {
  return refreshed(await create(input));
}
export async function replyToNoteAction(input: ReplyNoteInput) {
  return refreshed(await reply(input));
}
export async function editNoteAction(input: EditNoteInput) {
  return refreshed(await edit(input));
}
export async function deleteNoteAction(input: NoteRefInput) {
  return refreshed(await remove(input));
}
export async function approveNoteAction(input: NoteRefInput) {
  return refreshed(await approve(input));
}
export async function withdrawNoteAction(input: NoteRefInput) {
  return refreshed(await withdraw(input));
}
export async function markMentionReadAction(input: MentionReadInput) {
  return refreshed(await markRead(input));
}
