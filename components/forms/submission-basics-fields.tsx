"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { FormCheckbox, FormFieldset, FormRadio } from "@/components/ui/form-choice";
import { FormInput, FormSelect } from "@/components/ui/form-field";
import type { LookupOption } from "@/lib/data/lookups";
import { BODIES, BODY_LABELS, PROVENANCE_LABELS } from "@/lib/format/labels";
import { TextProvenance } from "@/lib/generated/prisma/enums";
import type { SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";

// Which session and body the item belongs to, its number, and where its text comes from.

export function SubmissionBasicsFields({ sessions }: { sessions: Array<LookupOption & { year: number }> }) {
  const { register, control, formState } = useFormContext<SubmissionFormValues>();
  const { errors } = formState;
  const body = useWatch({ control, name: "body" });
  const kind = body === "NPC" || body === "CPPCC" ? BODY_LABELS[body] : null;
  const bodyError = errorAt(errors, "body");

  return (
    <div className="grid gap-5 md:grid-cols-2">
      <FormSelect label="Session" required error={errorAt(errors, "sessionId")} {...register("sessionId")}>
        <option value="">Choose a session…</option>
        {sessions.map((session) => (
          <option key={session.id} value={session.id}>
            {session.label}
            {session.status === "PUBLISHED" ? "" : " (not published yet)"}
          </option>
        ))}
      </FormSelect>

      <FormInput
        label="Official number"
        hint="As the secretariat numbered it. Leave empty if unknown; a number is unique within a session and body."
        error={errorAt(errors, "officialNumber")}
        autoComplete="off"
        {...register("officialNumber")}
      />

      <FormFieldset
        name="body"
        legend="Body"
        required
        error={bodyError}
        hint={
          kind ? (
            <span aria-live="polite">
              Filed by a {kind.memberEn} (<span lang="zh-Hans">{kind.memberZh}</span>): this is{" "}
              <strong>
                {body === "NPC" ? "an NPC" : "a CPPCC"} {kind.kindEn.toLowerCase()} (<span lang="zh-Hans">{kind.kindZh}</span>)
              </strong>
              .
            </span>
          ) : (
            "An NPC deputy files a suggestion; a CPPCC member files a proposal."
          )
        }
        className="md:col-span-1"
      >
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {BODIES.map((code) => (
            <FormRadio
              key={code}
              id={`field-body-${code}`}
              value={code}
              aria-invalid={bodyError ? true : undefined}
              label={
                <>
                  {code} · {BODY_LABELS[code].kindEn.toLowerCase()} <span lang="zh-Hans">{BODY_LABELS[code].kindZh}</span>
                </>
              }
              {...register("body")}
            />
          ))}
        </div>
      </FormFieldset>

      <div className="flex flex-col gap-4">
        <FormSelect label="Where the text comes from" error={errorAt(errors, "textProvenance")} {...register("textProvenance")}>
          {Object.values(TextProvenance).map((value) => (
            <option key={value} value={value}>
              {PROVENANCE_LABELS[value]}
            </option>
          ))}
        </FormSelect>
        <FormCheckbox
          id="field-isComplex"
          label="Complex item"
          description="The ministry has six months to reply instead of three."
          {...register("isComplex")}
        />
      </div>
    </div>
  );
}
