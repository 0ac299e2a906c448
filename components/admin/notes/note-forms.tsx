"use client";

import { useEffect, useId } from "react";
import { useFormContext } from "react-hook-form";
import { errorAt } from "@/components/forms/form-errors";
import { SimpleForm } from "@/components/forms/users/simple-form";
import { FormFieldset, FormRadio } from "@/components/ui/form-choice";
import { FormTextarea } from "@/components/ui/form-field";
import { createNoteAction, editNoteAction, replyToNoteAction } from "@/lib/actions/notes";
import { createNoteSchema, editNoteSchema, replyNoteSchema, type CreateNoteInput, type EditNoteInput, type NoteField, type NoteTarget, type ReplyNoteInput } from "@/lib/validation/note";
import { MentionPicker, type StaffOption } from "./mention-picker";
import type { TextSelection } from "./selectable-text";

// The note forms: a new note on a selected passage, a reply in a thread, an edit. All three use
// the shared schemas (lib/validation/note.ts) on both sides and keep what was typed on refusal.

const labels = { body: "Note", visibility: "Who may see it", mentionIds: "Mention colleagues", quote: "Selected passage", field: "Text" };

const visibilityChoices = [
  { value: "PRIVATE", label: "Private", description: "Only you." },
  { value: "DESK", label: "Desk", description: "All staff." },
  { value: "PUBLIC", label: "Public", description: "Readers see it once an editor approves it; until then, staff only." },
] as const;

function VisibilityField() {
  const { register, formState } = useFormContext<{ visibility: string }>();
  const prefix = useId();
  return (
    <FormFieldset name="visibility" legend="Who may see it" error={errorAt(formState.errors, "visibility")}>
      <div className="flex flex-wrap gap-4">
        {visibilityChoices.map((choice) => (
          <FormRadio key={choice.value} id={`${prefix}-${choice.value}`} value={choice.value} label={choice.label} description={choice.description} {...register("visibility")} />
        ))}
      </div>
    </FormFieldset>
  );
}

function BodyField({ label = "Note" }: { label?: string }) {
  const { register, formState } = useFormContext<{ body: string }>();
  return <FormTextarea label={label} rows={3} required error={errorAt(formState.errors, "body")} {...register("body")} />;
}

/** Keeps the hidden passage fields in step with the selection, without touching what was typed. */
function SelectionSync({ selection }: { selection: TextSelection }) {
  const { setValue, formState } = useFormContext<CreateNoteInput>();
  useEffect(() => {
    setValue("start", selection.start);
    setValue("end", selection.end);
    setValue("quote", selection.quote);
  }, [selection, setValue]);
  const error = errorAt(formState.errors, "quote");
  return (
    <div>
      <p className="text-sm font-semibold">Selected passage</p>
      <blockquote className="mt-1 rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm">“{selection.quote}”</blockquote>
      {error ? <p className="mt-1 text-sm font-medium text-accent">⚠ {error}</p> : null}
    </div>
  );
}

function PrivateAwareMentions({ staff }: { staff: StaffOption[] }) {
  const { watch } = useFormContext<{ visibility: string }>();
  return <MentionPicker staff={staff} disabled={watch("visibility") === "PRIVATE"} />;
}

interface NewNoteProps {
  target: NoteTarget;
  targetId: string;
  field: NoteField;
  selection: TextSelection;
  staff: StaffOption[];
  onDone: () => void;
}

export function NewNoteForm({ target, targetId, field, selection, staff, onDone }: NewNoteProps) {
  return (
    <SimpleForm<CreateNoteInput>
      schema={createNoteSchema}
      defaultValues={{ target, targetId, field, start: selection.start, end: selection.end, quote: selection.quote, body: "", visibility: "DESK", mentionIds: [] }}
      labels={labels}
      submitLabel="Save note"
      send={createNoteAction}
      onDone={() => {
        onDone();
        return "Note saved.";
      }}
    >
      <SelectionSync selection={selection} />
      <BodyField />
      <VisibilityField />
      <PrivateAwareMentions staff={staff} />
    </SimpleForm>
  );
}

export function ReplyForm({ parentId, staff, allowMentions, onDone }: { parentId: string; staff: StaffOption[]; allowMentions: boolean; onDone: () => void }) {
  return (
    <SimpleForm<ReplyNoteInput>
      schema={replyNoteSchema}
      defaultValues={{ parentId, body: "", mentionIds: [] }}
      labels={labels}
      submitLabel="Post reply"
      send={replyToNoteAction}
      onDone={() => {
        onDone();
        return "Reply posted.";
      }}
    >
      <BodyField label="Reply" />
      {allowMentions ? <MentionPicker staff={staff} /> : null}
    </SimpleForm>
  );
}

export function EditNoteForm({ note, onDone }: { note: { id: string; version: number; body: string; visibility: string; isThreadStart: boolean }; onDone: () => void }) {
  return (
    <SimpleForm<EditNoteInput>
      schema={editNoteSchema}
      defaultValues={{ id: note.id, version: note.version, body: note.body, ...(note.isThreadStart ? { visibility: note.visibility as EditNoteInput["visibility"] } : {}) }}
      labels={labels}
      submitLabel="Save changes"
      send={editNoteAction}
      onDone={() => {
        onDone();
        return "Changes saved.";
      }}
    >
      <BodyField />
      {note.isThreadStart ? <VisibilityField /> : null}
    </SimpleForm>
  );
}
