"use client";

import { getLatestRecordAction } from "@/lib/actions/records";
import { createSessionAction, updateSessionAction } from "@/lib/actions/sessions";
import { sessionSchema, type SessionFormValues } from "@/lib/validation/session";
import { BilingualFields, StatusField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { workflowLabels, type RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

const labels = {
  ...workflowLabels, year: "Year", startsOn: "Opens", endsOn: "Closes", npcTerm: "NPC term", npcSession: "NPC session",
  cppccTerm: "CPPCC term", cppccSession: "CPPCC session", officialNpcHandled: "NPC suggestions handled",
  officialCppccHandled: "CPPCC proposals handled", notesEn: "Notes (English)", notesZh: "Notes (Chinese)",
};

export function SessionForm({ recordId, initialValues, readOnly, allowedStatuses }: RecordFormPageProps<SessionFormValues>) {
  return (
    <RecordFormShell<SessionFormValues>
      type="Session"
      recordId={recordId}
      initialValues={initialValues}
      readOnly={readOnly}
      schema={sessionSchema}
      labels={labels}
      save={(values) => (recordId ? updateSessionAction({ ...values, id: recordId }) : createSessionAction(values))}
      loadLatest={recordId ? async () => unwrap(await getLatestRecordAction({ type: "Session", id: recordId })) : undefined}
    >
      <FormSection title="Dates">
        <div className="grid gap-4 md:grid-cols-3">
          <TextField name="year" label="Year" required hint="Its public address is /sessions/<year>." />
          <TextField name="startsOn" label="Opens" type="date" required />
          <TextField name="endsOn" label="Closes" type="date" required />
        </div>
      </FormSection>
      <FormSection title="Terms and sessions">
        <div className="grid gap-4 md:grid-cols-4">
          <TextField name="npcTerm" label="NPC term (届)" required />
          <TextField name="npcSession" label="NPC session (次)" required />
          <TextField name="cppccTerm" label="CPPCC term (届)" required />
          <TextField name="cppccSession" label="CPPCC session (次)" required />
          <TextField name="officialNpcHandled" label="NPC suggestions handled" className="md:col-span-2" hint="The official count, for coverage figures." />
          <TextField name="officialCppccHandled" label="CPPCC proposals handled" className="md:col-span-2" />
        </div>
      </FormSection>
      <FormSection title="Notes">
        <BilingualFields base="notes" label="Notes" rows={4} hint="Readers see these on the public session page once the session is published." />
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable />
      </FormSection>
    </RecordFormShell>
  );
}
