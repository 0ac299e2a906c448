"use client";

import { createPersonAction, updatePersonAction } from "@/lib/actions/people";
import { getLatestRecordAction } from "@/lib/actions/records";
import { personSchema, type PersonFormValues } from "@/lib/validation/person";
import { BilingualFields, StatusField, TextAreaField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { workflowLabels, type RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

const labels = { ...workflowLabels, nameEn: "Name (English)", nameZh: "Name (Chinese)", pinyin: "Pinyin", aliases: "Aliases", bioEn: "Biography (English)", bioZh: "Biography (Chinese)" };

export function PersonForm({ recordId, initialValues, readOnly, allowedStatuses }: RecordFormPageProps<PersonFormValues>) {
  return (
    <RecordFormShell<PersonFormValues>
      type="Person"
      recordId={recordId}
      initialValues={initialValues}
      readOnly={readOnly}
      schema={personSchema}
      labels={labels}
      save={(values) => (recordId ? updatePersonAction({ ...values, id: recordId }) : createPersonAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Person", id: recordId })) : undefined}
    >
      <FormSection title="Names">
        <div className="flex flex-col gap-5">
          <BilingualFields base="name" label="Name" requiredEn hint="As the English-language press writes it, e.g. Ma Huateng." />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField name="pinyin" label="Pinyin" hint="Hanyu pinyin without tone marks, e.g. Ma Huateng: readers search by it." />
            <TextAreaField name="aliases" label="Aliases and nicknames" rows={3} hint="One a line, e.g. Pony Ma." />
          </div>
          <TextField name="slug" label="Public address" hint="/people/… — leave empty to make one from the pinyin or name. A rename keeps the old address answering." />
        </div>
      </FormSection>
      <FormSection title="Biography">
        <BilingualFields base="bio" label="Biography" rows={6} />
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable />
      </FormSection>
    </RecordFormShell>
  );
}
