"use client";

import { useFormContext } from "react-hook-form";
import { FormCheckbox } from "@/components/ui/form-choice";
import { FormInput, FormTextarea } from "@/components/ui/form-field";
import type { SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";

// Titles, summaries and full texts, English beside Chinese so a translation can be checked line by
// line. Chinese controls carry lang="zh-Hans" for the right glyphs and screen reader voice.

type TextName = "titleEn" | "titleZh" | "summaryEn" | "summaryZh" | "fullTextEn" | "fullTextZh";

export function SubmissionTextFields() {
  const { register, formState } = useFormContext<SubmissionFormValues>();
  const { errors } = formState;
  const error = (name: TextName) => errorAt(errors, name);

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-5 md:grid-cols-2">
        <FormInput
          label="Title in English"
          hint="A title in English or Chinese is required; both is best."
          error={error("titleEn")}
          {...register("titleEn")}
        />
        <FormInput label="Title in Chinese 中文标题" lang="zh-Hans" error={error("titleZh")} {...register("titleZh")} />
        <FormCheckbox
          id="field-titleIsQuote"
          className="md:col-span-2"
          label="The English title quotes the submission"
          description="Leave unticked when the English title is our own short description."
          {...register("titleIsQuote")}
        />
      </div>

      <div className="grid gap-5 md:grid-cols-2">
        <FormTextarea label="Summary in English" rows={5} error={error("summaryEn")} {...register("summaryEn")} />
        <FormTextarea label="Summary in Chinese 中文摘要" rows={5} lang="zh-Hans" error={error("summaryZh")} {...register("summaryZh")} />
      </div>

      <div className="grid gap-5 md:grid-cols-2">
        <FormTextarea
          label="Full text in English"
          rows={10}
          hint="Paste as published; it is saved exactly as typed."
          error={error("fullTextEn")}
          {...register("fullTextEn")}
        />
        <FormTextarea
          label="Full text in Chinese 中文全文"
          rows={10}
          lang="zh-Hans"
          error={error("fullTextZh")}
          {...register("fullTextZh")}
        />
      </div>
    </div>
  );
}
