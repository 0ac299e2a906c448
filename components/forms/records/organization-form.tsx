"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { FormFieldset } from "@/components/ui/form-choice";
import { FormInput, FormSelect } from "@/components/ui/form-field";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import { getLatestRecordAction } from "@/lib/actions/records";
import type { RecordLookups } from "@/lib/data/lookups";
import { InterestKind, OrganizationKind } from "@/lib/generated/prisma/enums";
import { emptyInterest, organizationSchema, type OrganizationFormValues } from "@/lib/validation/organization";
import { errorAt } from "../form-errors";
import { InterestSourcesField } from "../organizations/interest-sources-field";
import { MaterialTopicsField } from "../organizations/material-topics-field";
import { BilingualFields, StatusField, TextAreaField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { secondaryButtonClassName } from "../submission-parties-field";
import { workflowLabels, type RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

const labels = {
  ...workflowLabels, kind: "Kind", nameEn: "Name (English)", nameZh: "Name (Chinese)", aliases: "Aliases", sectors: "Sectors",
  descriptionEn: "Description (English)", descriptionZh: "Description (Chinese)", interests: "Interest", labelEn: "English label", labelZh: "Chinese label",
  sources: "Source", title: "title", url: "web address", publisher: "publisher", materialTopicIds: "Material topics",
};
const kindLabels: Record<OrganizationKind, string> = { COMPANY: "Company", MINISTRY: "Ministry or agency", PARTY: "Party", GROUP: "Group or committee" };
const interestLabels: Record<InterestKind, string> = { PRODUCT: "Product", MARKET: "Market", SECTOR: "Sector", OTHER: "Other" };

function InterestsField() {
  const { control, register, formState } = useFormContext<OrganizationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "interests" });
  const error = (index: number, field: string) => errorAt(formState.errors, `interests.${index}.${field}`);
  return (
    <FormFieldset name="interests" legend="Business interests" hint="Products and markets a submission might favour: reporters link angles to them." error={errorAt(formState.errors, "interests")}>
      {fields.length === 0 ? <p className="mb-2 text-sm text-muted">No interests yet.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <li key={field.id} className="grid gap-3 rounded-md border border-rule bg-paper p-3 md:grid-cols-[10rem_1fr_1fr_auto] md:items-end">
            <input type="hidden" {...register(`interests.${index}.id` as const)} />
            <FormSelect label="Kind" error={error(index, "kind")} {...register(`interests.${index}.kind` as const)}>
              {Object.values(InterestKind).map((kind) => <option key={kind} value={kind}>{interestLabels[kind]}</option>)}
            </FormSelect>
            <FormInput label="English" required error={error(index, "labelEn")} {...register(`interests.${index}.labelEn` as const)} />
            <FormInput label="Chinese" lang="zh-Hans" error={error(index, "labelZh")} {...register(`interests.${index}.labelZh` as const)} />
            <button type="button" className={secondaryButtonClassName} onClick={() => remove(index)} aria-label={`Remove interest ${index + 1}`}>Remove</button>
            <InterestSourcesField index={index} />
          </li>
        ))}
      </ol>
      <button type="button" className={`${secondaryButtonClassName} mt-3`} onClick={() => append({ ...emptyInterest })}>+ Add interest</button>
    </FormFieldset>
  );
}

function KindField() {
  const { register, formState } = useFormContext<OrganizationFormValues>();
  return (
    <FormSelect label="Kind" required error={errorAt(formState.errors, "kind")} hint="Ministries and agencies receive referrals; companies, parties and groups file or are the subject of submissions." {...register("kind")}>
      {Object.values(OrganizationKind).map((kind) => <option key={kind} value={kind}>{kindLabels[kind]}</option>)}
    </FormSelect>
  );
}

export function OrganizationForm({ recordId, initialValues, readOnly, allowedStatuses, lookups }: RecordFormPageProps<OrganizationFormValues> & { lookups: RecordLookups }) {
  return (
    <RecordFormShell<OrganizationFormValues>
      type="Organization"
      recordId={recordId}
      initialValues={initialValues}
      readOnly={readOnly}
      schema={organizationSchema}
      labels={labels}
      save={(values) => (recordId ? updateOrganizationAction({ ...values, id: recordId }) : createOrganizationAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Organization", id: recordId })) : undefined}
    >
      <FormSection title="Name and kind">
        <div className="flex flex-col gap-5">
          <BilingualFields base="name" label="Name" requiredEn />
          <div className="grid gap-4 md:grid-cols-3">
            <KindField />
            <TextAreaField name="aliases" label="Aliases" rows={3} hint="One a line, e.g. Tencent Holdings." />
            <TextAreaField name="sectors" label="Sectors" rows={3} hint="One a line, e.g. gaming, cloud." />
          </div>
          <TextField name="slug" label="Public address" hint="Leave empty to make one from the name. A rename keeps the old address answering." />
        </div>
      </FormSection>
      <FormSection title="Description and interests">
        <div className="flex flex-col gap-6">
          <BilingualFields base="description" label="Description" rows={4} />
          <InterestsField />
        </div>
      </FormSection>
      <FormSection title="Notable silences">
        <MaterialTopicsField topics={lookups.topics} editable={allowedStatuses.includes("PUBLISHED")} />
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable />
      </FormSection>
    </RecordFormShell>
  );
}
