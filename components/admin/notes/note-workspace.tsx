"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { NoteWorkspace as Workspace } from "@/lib/data/notes";
import type { NoteField } from "@/lib/validation/note";
import { NoteCard, type OpenForm } from "./note-card";
import { NewNoteForm } from "./note-forms";
import { SelectableText, type TextSelection } from "./selectable-text";

// The staff page's body: each text (English, Chinese) with its notes marked, the new-note form
// for a selected passage, and every note the user may read with its thread. One form is open at
// a time, so nothing typed is dropped by opening another.

export function NoteWorkspace({ workspace }: { workspace: Workspace }) {
  const router = useRouter();
  const [selection, setSelection] = useState<(TextSelection & { field: NoteField }) | null>(null);
  const [open, setOpen] = useState<OpenForm>(null);
  // Numbered in reading order: the English text's notes, then the Chinese text's.
  const ordered = workspace.texts.flatMap((text) => workspace.notes.filter((note) => note.field === text.field));
  const numbers = new Map(ordered.map((note, index) => [note.id, index + 1]));
  return (
    <div className="grid gap-8">
      {workspace.texts.map((text) => {
        const notes = workspace.notes.filter((note) => note.field === text.field);
        const highlights = notes.filter((note) => !note.detached && note.start !== null && note.end !== null).map((note) => ({ id: note.id, start: note.start!, end: note.end! }));
        const selected = selection?.field === text.field ? selection : null;
        return (
          <section key={text.field} aria-labelledby={`${text.field}-heading`} className="grid gap-3">
            <h2 id={`${text.field}-heading`} className="text-lg font-bold">
              {text.label} <span className="text-sm font-normal text-muted">· {notes.length} {notes.length === 1 ? "note" : "notes"}</span>
            </h2>
            <SelectableText
              id={text.field}
              label={text.label}
              text={text.text}
              lang={text.lang}
              highlights={highlights}
              onSelect={(next) => {
                if (!next) return;
                setOpen(null);
                setSelection({ ...next, field: text.field });
              }}
            />
            {selected ? (
              <section aria-label="New note" className="grid gap-2 rounded-lg border border-ink/20 bg-paper p-4">
                <div className="flex items-center justify-between">
                  <h3 className="font-semibold">New note</h3>
                  <button type="button" onClick={() => setSelection(null)} className="text-sm underline">Cancel</button>
                </div>
                <NewNoteForm
                  target={workspace.target}
                  targetId={workspace.id}
                  field={text.field}
                  selection={selected}
                  staff={workspace.staff}
                  onDone={() => {
                    setSelection(null);
                    router.refresh();
                  }}
                />
              </section>
            ) : null}
            {notes.length > 0 ? (
              <div className="grid gap-3">
                {notes.map((note) => (
                  <NoteCard key={note.id} note={note} number={numbers.get(note.id) ?? null} staff={workspace.staff} open={open} locked={selection !== null} setOpen={setOpen} refresh={() => router.refresh()} />
                ))}
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
