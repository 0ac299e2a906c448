"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { FormFieldset, FormRadio } from "@/components/ui/form-choice";
import { createReferralAction, updateReferralAction } from "@/lib/actions/referrals";
import { getLatestRecordAction } from "@/lib/actions/records";
import type { RecordLookups } from "@/lib/data/lookups";
import { ReferralRole } from "@/lib/generated/prisma/enums";
import { isIsoDay } from "@/lib/validation/fields";
import { dueDate, referralSchema, type ReferralFormValues } from "@/lib/validation/referral";
import { errorAt } from "../form-errors";
import { PickerField, StatusField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { workflowLabels, type RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

const labels = { ...workflowLabels, submissionId: "Submission", ministryId: "Ministry", role: "Handling role", referredOn: "Referred on" };
const roles: Record<ReferralRole, { label: string; zh: string }> = {
  LEAD: { label: "Lead", zh: "主办" },
  JOINT: { label: "Joint", zh: "会办 / 协办" },
  REFERENCE: { label: "For reference", zh: "参阅" },
};

function RoleField() {
  const { register, formState } = useFormContext<ReferralFormValues>();
  const error = errorAt(formState.errors, "role");
  return (
    <FormFieldset name="role" legend="Handling role" required error={error}>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {Object.values(ReferralRole).map((role) => (
          <FormRadio key={role} id={`field-role-${role}`} value={role} label={<>{roles[role].label} <span lang="zh-Hans">{roles[role].zh}</span></>} {...register("role")} />
        ))}
      </div>
    </FormFieldset>
  );
}

/** The due date follows from the referral date and whether the submission is complex. */
function DueDate({ submissions }: { submissions: RecordLookups["submissions"] }) {
  const { control } = useFormContext<ReferralFormValues>();
  const [submissionId, referredOn] = useWatch({ control, name: ["submissionId", "referredOn"] });
  const submission = submissions.find((s) => s.id === submissionId);
  const text =
    submission && referredOn && isIsoDay(referredOn)
      ? `${dueDate(new Date(`${referredOn}T00:00:00Z`), submission.isComplex).toISOString().slice(0, 10)} (${submission.isComplex ? "six months: marked complex" : "three months"})`
      : "Choose the submission and the referral date.";
  return (
    <div className="flex flex-col gap-1 text-sm">
      <span className="font-semibold text-ink">Reply due</span>
      <output aria-live="polite" data-testid="due-date">{text}</output>
      <span className="text-xs text-muted">Worked out on save; mark the submission complex for six months.</span>
    </div>
  );
}

export function ReferralForm({ recordId, initialValues, readOnly, allowedStatuses, lookups }: RecordFormPageProps<ReferralFormValues> & { lookups: RecordLookups }) {
  return (
    <RecordFormShell<ReferralFormValues>
      type="Referral"
      recordId={recordId}
      initialValues={initialValues}
      readOnly={readOnly}
      schema={referralSchema}
      labels={labels}
      save={(values) => (recordId ? updateReferralAction({ ...values, id: recordId }) : createReferralAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Referral", id: recordId })) : undefined}
    >
      <FormSection title="Referral">
        <div className="grid gap-5 md:grid-cols-2">
          <PickerField name="submissionId" label="Submission" required options={lookups.submissions} className="md:col-span-2" />
          <PickerField name="ministryId" label="Ministry or agency" required options={lookups.ministries} hint="Add a ministry under Organizations (kind: ministry) if it is missing." />
          <RoleField />
          <TextField name="referredOn" label="Referred on" type="date" required />
          <DueDate submissions={lookups.submissions} />
        </div>
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable={false} />
      </FormSection>
    </RecordFormShell>
  );
}
