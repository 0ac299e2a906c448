"use client";

import { useFormContext } from "react-hook-form";
import { FormFieldset, FormRadio } from "@/components/ui/form-choice";
import { createAffiliationAction, updateAffiliationAction } from "@/lib/actions/affiliations";
import { createMembershipAction, updateMembershipAction } from "@/lib/actions/memberships";
import { getLatestRecordAction } from "@/lib/actions/records";
import type { RecordLookups } from "@/lib/data/lookups";
import { affiliationSchema, membershipSchema, type AffiliationFormValues, type MembershipFormValues } from "@/lib/validation/membership";
import { errorAt } from "../form-errors";
import { PickerField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import type { RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

// Memberships and affiliations: small facts about a person; editors keep them, live on save.

const labels = { personId: "Person", organizationId: "Organization", body: "Body", fromYear: "From", toYear: "To", endReason: "End reason", note: "Note", title: "Role" };

function BodyField() {
  const { register, formState } = useFormContext<MembershipFormValues>();
  return (
    <FormFieldset name="body" legend="Body" required error={errorAt(formState.errors, "body")}>
      <div className="flex gap-6">
        <FormRadio id="field-body-NPC" value="NPC" label={<>NPC deputy <span lang="zh-Hans">代表</span></>} {...register("body")} />
        <FormRadio id="field-body-CPPCC" value="CPPCC" label={<>CPPCC member <span lang="zh-Hans">委员</span></>} {...register("body")} />
      </div>
    </FormFieldset>
  );
}

type Props<V> = Omit<RecordFormPageProps<V>, "allowedStatuses"> & { lookups: RecordLookups };

export function MembershipForm({ recordId, initialValues, readOnly, lookups }: Props<MembershipFormValues>) {
  return (
    <RecordFormShell<MembershipFormValues>
      type="Membership" recordId={recordId} initialValues={initialValues} readOnly={readOnly} schema={membershipSchema} labels={labels}
      save={(values) => (recordId ? updateMembershipAction({ ...values, id: recordId }) : createMembershipAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Membership", id: recordId })) : undefined}
    >
      <FormSection title="Seat">
        <div className="grid gap-5 md:grid-cols-2">
          <PickerField name="personId" label="Person" required options={lookups.people} />
          <BodyField />
          <TextField name="fromYear" label="From (year)" />
          <TextField name="toYear" label="To (year)" hint="Empty while the seat is held." />
          <TextField name="endReason" label="End reason" hint="E.g. resigned after an accusation." className="md:col-span-2" />
          <TextField name="note" label="Note" className="md:col-span-2" />
        </div>
      </FormSection>
    </RecordFormShell>
  );
}

export function AffiliationForm({ recordId, initialValues, readOnly, lookups }: Props<AffiliationFormValues>) {
  return (
    <RecordFormShell<AffiliationFormValues>
      type="Affiliation" recordId={recordId} initialValues={initialValues} readOnly={readOnly} schema={affiliationSchema} labels={labels}
      save={(values) => (recordId ? updateAffiliationAction({ ...values, id: recordId }) : createAffiliationAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Affiliation", id: recordId })) : undefined}
    >
      <FormSection title="Role">
        <div className="grid gap-5 md:grid-cols-2">
          <PickerField name="personId" label="Person" required options={lookups.people} />
          <PickerField name="organizationId" label="Organization" required options={lookups.organizations} />
          <TextField name="title" label="Role" required hint="Founder, CEO, partner…" />
          <div className="grid grid-cols-2 gap-4">
            <TextField name="fromYear" label="From (year)" />
            <TextField name="toYear" label="To (year)" />
          </div>
        </div>
      </FormSection>
    </RecordFormShell>
  );
}
