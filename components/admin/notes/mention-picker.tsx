"use client";

import { useId, useState } from "react";
import { useFormContext } from "react-hook-form";
import { errorAt } from "@/components/forms/form-errors";
import { FormFieldset } from "@/components/ui/form-choice";

// "@" mentions: pick a colleague from the staff list; their name goes into the note as "@Name"
// and their id into mentionIds, which puts the note in their inbox.

export interface StaffOption {
  id: string;
  name: string;
  role: string;
}

export function MentionPicker({ staff, disabled }: { staff: StaffOption[]; disabled?: boolean }) {
  const { watch, setValue, getValues, formState } = useFormContext<{ mentionIds: string[]; body: string }>();
  const chosen = watch("mentionIds") ?? [];
  const [pick, setPick] = useState("");
  const selectId = useId();
  const byId = new Map(staff.map((member) => [member.id, member]));
  const add = () => {
    const member = byId.get(pick);
    if (!member || chosen.includes(member.id)) return;
    setValue("mentionIds", [...chosen, member.id], { shouldDirty: true });
    const body = getValues("body") ?? "";
    if (!body.includes(`@${member.name}`)) setValue("body", `${body}${body && !body.endsWith(" ") ? " " : ""}@${member.name} `, { shouldDirty: true });
    setPick("");
  };
  return (
    <FormFieldset name="mentionIds" legend="Mention colleagues" hint={disabled ? "Private notes mention no one: only you can read them." : "They see the note in their inbox."} error={errorAt(formState.errors, "mentionIds")}>
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={selectId} className="sr-only">Colleague to mention</label>
        <select id={selectId} value={pick} disabled={disabled} onChange={(event) => setPick(event.target.value)} className="rounded-md border border-ink/25 bg-card px-2 py-1.5 text-sm">
          <option value="">Choose a colleague…</option>
          {staff.filter((member) => !chosen.includes(member.id)).map((member) => (
            <option key={member.id} value={member.id}>{member.name} ({member.role.toLowerCase()})</option>
          ))}
        </select>
        <button type="button" onClick={add} disabled={disabled || !pick} className="rounded-md border border-ink/25 px-3 py-1.5 text-sm font-semibold disabled:opacity-50">
          @ Mention
        </button>
      </div>
      {chosen.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Mentioned">
          {chosen.map((id) => (
            <li key={id} className="flex items-center gap-1 rounded-full bg-paper px-2 py-0.5 text-sm">
              @{byId.get(id)?.name ?? "former colleague"}
              <button type="button" aria-label={`Remove the mention of ${byId.get(id)?.name ?? "this colleague"}`} onClick={() => setValue("mentionIds", chosen.filter((other) => other !== id), { shouldDirty: true })} className="text-muted hover:text-accent">
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </FormFieldset>
  );
}
