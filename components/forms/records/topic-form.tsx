"use client";

import { createTopicAction, updateTopicAction } from "@/lib/actions/topics";
import { getLatestRecordAction } from "@/lib/actions/records";
import { topicSchema, type TopicFormValues } from "@/lib/validation/topic";
import { BilingualFields, StatusField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { workflowLabels, type RecordFormPageProps } from "./common";

const labels = { ...workflowLabels, nameEn: "Name (English)", nameZh: "Name (Chinese)", descriptionEn: "Description (English)", descriptionZh: "Description (Chinese)" };

export function TopicForm({ recordId, initialValues, readOnly, allowedStatuses }: RecordFormPageProps<TopicFormValues>) {
  return (
    <RecordFormShell<TopicFormValues>
      type="Topic"
      recordId={recordId}
      initialValues={initialValues}
      readOnly={readOnly}
      schema={topicSchema}
      labels={labels}
      save={(values) => (recordId ? updateTopicAction({ ...values, id: recordId }) : createTopicAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Topic", id: recordId })) : undefined}
    >
      <FormSection title="Name and description">
        <div className="flex flex-col gap-5">
          <BilingualFields base="name" label="Name" requiredEn />
          <BilingualFields base="description" label="Description" rows={4} />
          <TextField name="slug" label="Public address" hint="/topics/… — leave empty to make one from the name. A renamed topic keeps answering at its old address." />
        </div>
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable />
      </FormSection>
    </RecordFormShell>
  );
}

export function unwrap<V>(result: { ok: true; data: { version: number; values: Record<string, unknown> } | null } | { ok: false }) {
  return result.ok && result.data ? { version: result.data.version, values: result.data.values as V } : null;
}
