"use client";

import { useRouter } from "next/navigation";
import { useFormContext } from "react-hook-form";
import { FormInput, FormTextarea } from "@/components/ui/form-field";
import { SimpleForm } from "@/components/forms/users/simple-form";
import { errorAt } from "@/components/forms/form-errors";
import { addCorrectionAction } from "@/lib/actions/corrections";
import type { RecordType } from "@/lib/records/types";
import { correctionSchema, type CorrectionFormValues } from "@/lib/validation/correction";

// Public correction notes of a published record, and the form to add one (editors).

function Fields() {
  const { register, formState } = useFormContext<CorrectionFormValues>();
  return (
    <div className="grid gap-4 md:grid-cols-[12rem_1fr]">
      <FormInput label="Corrected on" type="date" error={errorAt(formState.errors, "correctedOn")} {...register("correctedOn")} />
      <FormTextarea label="What was corrected (public)" rows={2} hint="E.g. An earlier version gave the wrong reply date." error={errorAt(formState.errors, "note")} {...register("note")} />
    </div>
  );
}

export function CorrectionsPanel({ type, id, corrections, canAdd }: { type: RecordType; id: string; corrections: Array<{ id: string; correctedOn: string; note: string }>; canAdd: boolean }) {
  const router = useRouter();
  return (
    <section aria-labelledby="corrections-title" className="rounded-lg border border-rule bg-card p-4 shadow-xs">
      <h2 id="corrections-title" className="font-semibold">Public corrections ({corrections.length})</h2>
      {corrections.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {corrections.map((c) => <li key={c.id}><span className="text-muted">{c.correctedOn}:</span> {c.note}</li>)}
        </ul>
      ) : null}
      {canAdd ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-accent underline">Add a correction note</summary>
          <div className="mt-3">
            <SimpleForm<CorrectionFormValues>
              schema={correctionSchema}
              defaultValues={{ type, id, correctedOn: new Date().toISOString().slice(0, 10), note: "" }}
              labels={{ correctedOn: "Corrected on", note: "What was corrected" }}
              submitLabel="Add correction"
              resetOnSuccess
              send={addCorrectionAction}
              onDone={() => {
                router.refresh();
                return "Correction added; it shows on the public page.";
              }}
            >
              <Fields />
            </SimpleForm>
          </div>
        </details>
      ) : null}
    </section>
  );
}
