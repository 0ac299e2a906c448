"use client";

import { useState } from "react";
import { formatStaffTime } from "@/components/admin/when";
import { approveNoteAction, deleteNoteAction, withdrawNoteAction } from "@/lib/actions/notes";
import type { NoteView } from "@/lib/data/notes";
import { EditNoteForm, ReplyForm } from "./note-forms";
import type { StaffOption } from "./mention-picker";

// One note and its thread, with what the acting user may do to it.

const visibilityLabel = { PRIVATE: "Private", DESK: "Desk", PUBLIC: "Public" } as const;

export type OpenForm = { kind: "reply" | "edit"; id: string } | null;

interface Props {
  note: NoteView;
  number: number | null;
  staff: StaffOption[];
  open: OpenForm;
  locked: boolean;
  setOpen: (open: OpenForm) => void;
  refresh: () => void;
}

function Status({ note }: { note: NoteView }) {
  return (
    <span className="flex flex-wrap gap-1">
      <span className="rounded-sm border border-rule px-1.5 text-xs font-semibold uppercase tracking-wide">{visibilityLabel[note.visibility]}</span>
      {note.visibility === "PUBLIC" && !note.approvedAt ? <span className="rounded-sm bg-amber-100 px-1.5 text-xs font-semibold text-ink">Awaiting approval · desk only</span> : null}
      {note.visibility === "PUBLIC" && note.approvedAt ? <span className="rounded-sm bg-emerald-100 px-1.5 text-xs font-semibold text-emerald-950">Approved by {note.approvedBy ?? "an editor"}</span> : null}
      {note.detached ? <span className="rounded-sm bg-accent-soft px-1.5 text-xs font-semibold text-accent">Detached{note.visibility === "PUBLIC" ? " · hidden from readers" : ""}</span> : null}
    </span>
  );
}

export function NoteCard({ note, number, staff, open, locked, setOpen, refresh }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<{ ok: boolean; formError?: string }>, done: string) => {
    setBusy(true);
    setMessage(null);
    const result = await action().catch(() => ({ ok: false, formError: "We could not reach the server; nothing changed." }));
    setBusy(false);
    if (!result.ok) return setMessage(result.formError ?? "Nothing changed.");
    setMessage(done);
    refresh();
  };
  const editing = open?.kind === "edit" && open.id === note.id;
  const replying = open?.kind === "reply" && open.id === note.id;
  return (
    <article id={`note-${note.id}`} aria-labelledby={`note-${note.id}-title`} className="grid scroll-mt-24 gap-2 rounded-lg border border-rule bg-card p-4 target:ring-2 target:ring-focus">
      <header className="flex flex-wrap items-center gap-2 text-sm">
        <h3 id={`note-${note.id}-title`} className="font-semibold">
          {number ? `[${number}] ` : ""}
          {note.author.name}
        </h3>
        <time dateTime={note.createdAt.toISOString()} className="text-muted">{formatStaffTime(note.createdAt)}</time>
        <Status note={note} />
      </header>
      {note.quote ? (
        <blockquote className={`rounded-md border-l-4 px-3 py-1 text-sm ${note.detached ? "border-accent bg-accent-soft" : "border-amber-400 bg-amber-50"}`}>
          {note.detached ? <span className="block text-xs font-semibold text-accent">The text was edited and this passage is no longer in it. Original passage:</span> : null}
          “{note.quote}”
        </blockquote>
      ) : null}
      {editing ? (
        <EditNoteForm note={{ id: note.id, version: note.version, body: note.body, visibility: note.visibility, isThreadStart: true }} onDone={() => { setOpen(null); refresh(); }} />
      ) : (
        <p className="whitespace-pre-line">{note.body}</p>
      )}
      {note.mentions.length > 0 ? <p className="text-xs text-muted">Mentions: {note.mentions.map((m) => `@${m.name}`).join(", ")}</p> : null}
      {message ? <p role="status" className="text-sm">{message}</p> : null}
      <div className="flex flex-wrap gap-2 text-sm">
        {!locked && !editing ? <button type="button" onClick={() => setOpen(replying ? null : { kind: "reply", id: note.id })} className="rounded-md border border-rule px-2 py-1 font-semibold">{replying ? "Cancel reply" : "Reply"}</button> : null}
        {note.canChange && !locked && !replying ? <button type="button" onClick={() => setOpen(editing ? null : { kind: "edit", id: note.id })} className="rounded-md border border-rule px-2 py-1">{editing ? "Cancel edit" : "Edit"}</button> : null}
        {note.canChange ? (
          <button type="button" disabled={busy} onClick={() => window.confirm("Delete this note and its thread?") && run(() => deleteNoteAction({ id: note.id, version: note.version }), "Note deleted.")} className="rounded-md border border-rule px-2 py-1 text-accent">Delete</button>
        ) : null}
        {note.canApprove && !note.approvedAt ? <button type="button" disabled={busy} onClick={() => run(() => approveNoteAction({ id: note.id, version: note.version }), "Approved: readers can see it.")} className="rounded-md bg-ink px-2 py-1 font-semibold text-white">Approve for readers</button> : null}
        {note.canWithdraw ? <button type="button" disabled={busy} onClick={() => run(() => withdrawNoteAction({ id: note.id, version: note.version }), "Withdrawn: staff only until approved again.")} className="rounded-md border border-rule px-2 py-1">Withdraw approval</button> : null}
      </div>
      {note.replies.length > 0 ? (
        <ol aria-label="Replies" className="grid gap-2 border-l-2 border-rule pl-3">
          {note.replies.map((reply) => (
            <li key={reply.id} id={`note-${reply.id}`} className="grid gap-1 text-sm">
              <p><span className="font-semibold">{reply.author.name}</span> <time dateTime={reply.createdAt.toISOString()} className="text-muted">{formatStaffTime(reply.createdAt)}</time></p>
              {open?.kind === "edit" && open.id === reply.id ? (
                <EditNoteForm note={{ id: reply.id, version: reply.version, body: reply.body, visibility: reply.visibility, isThreadStart: false }} onDone={() => { setOpen(null); refresh(); }} />
              ) : (
                <p className="whitespace-pre-line">{reply.body}</p>
              )}
              {reply.canChange && !locked ? (
                <span className="flex gap-2">
                  <button type="button" onClick={() => setOpen(open?.id === reply.id ? null : { kind: "edit", id: reply.id })} className="underline">{open?.id === reply.id ? "Cancel edit" : "Edit"}</button>
                  <button type="button" onClick={() => window.confirm("Delete this reply?") && run(() => deleteNoteAction({ id: reply.id, version: reply.version }), "Reply deleted.")} className="text-accent underline">Delete</button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {replying ? <ReplyForm parentId={note.id} staff={staff} allowMentions={note.visibility !== "PRIVATE"} onDone={() => { setOpen(null); refresh(); }} /> : null}
    </article>
  );
}
