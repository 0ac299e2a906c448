"use client";

import { useFormContext } from "react-hook-form";
import { FormSelect } from "@/components/ui/form-field";
import { createReplyAction, updateReplyAction } from "@/lib/actions/replies";
import { getLatestRecordAction } from "@/lib/actions/records";
import type { RecordLookups } from "@/lib/data/lookups";
import { replySchema, type ReplyFormValues } from "@/lib/validation/reply";
import { errorAt } from "../form-errors";
import { BilingualFields, PickerField, StatusField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { SubmissionSourcesField } from "../submission-sources-field";
import { workflowLabels, type RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

const labels = {
  ...workflowLabels, referralId: "Referral", repliedOn: "Reply date", referenceNumber: "Reference number", result: "Result class",
  summaryEn: "Summary (English)", summaryZh: "Summary (Chinese)", textEn: "Text (English)", textZh: "Text (Chinese)",
  signalEn: "Signal (English)", signalZh: "Signal (Chinese)", sources: "Source", title: "title", url: "web address", publishedOn: "date", publisher: "publisher",
};
const results = [
  { value: "A", label: "A · solved or adopted 已解决或采纳" },
  { value: "B", label: "B · being solved or planned 正在解决或列入计划解决" },
  { value: "C", label: "C · later, because of constraints 因条件限制需以后解决" },
  { value: "D", label: "D · kept for reference 留作参考" },
];

function ResultField() {
  const { register, formState } = useFormContext<ReplyFormValues>();
  return (
    <FormSelect label="Result class" error={errorAt(formState.errors, "result")} {...register("result")}>
      <option value="">Not classed yet</option>
      {results.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
    </FormSelect>
  );
}

export function ReplyForm({ recordId, initialValues, readOnly, allowedStatuses, lookups }: RecordFormPageProps<ReplyFormValues> & { lookups: RecordLookups }) {
  return (
    <RecordFormShell<ReplyFormValues>
      type="Reply"
      recordId={recordId}
      initialValues={initialValues}
      readOnly={readOnly}
      schema={replySchema}
      labels={labels}
      save={(values) => (recordId ? updateReplyAction({ ...values, id: recordId }) : createReplyAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Reply", id: recordId })) : undefined}
    >
      <FormSection title="The reply">
        <div className="grid gap-5 md:grid-cols-2">
          <PickerField name="referralId" label="Answers the referral" required options={lookups.referrals} className="md:col-span-2" />
          <TextField name="repliedOn" label="Reply date" type="date" required hint="Not before the referral date." />
          <TextField name="referenceNumber" label="Reference number" hint="As printed on the reply, e.g. 工信建函〔2022〕123号." />
          <ResultField />
        </div>
      </FormSection>
      <FormSection title="Summary, text and signal">
        <div className="flex flex-col gap-5">
          <BilingualFields base="summary" label="Summary" rows={4} />
          <BilingualFields base="text" label="Full text" rows={10} />
          <BilingualFields base="signal" label="Signal" rows={3} hint="What the reply signals, e.g. a policy change hinted at." />
        </div>
      </FormSection>
      <FormSection title="Where it comes from">
        <SubmissionSourcesField />
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable={false} />
      </FormSection>
    </RecordFormShell>
  );
}
