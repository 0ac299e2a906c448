import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { notesHref } from "@/lib/notes/targets";
import { EditLockBanner } from "@/components/admin/edit-lock-banner";
import { DeleteRecordButton } from "@/components/admin/delete-record-button";
import { RecordFormFor } from "@/components/admin/record-form-for";
import { CorrectionsPanel } from "@/components/admin/corrections-panel";
import { listCorrections } from "@/lib/data/corrections";
import { RelatedRecords } from "@/components/admin/related-records";
import { RecordHeader } from "@/components/admin/record-header";
import { SavedNotice } from "@/components/admin/saved-notice";
import { canMerge, canPublish } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getRecordLookups } from "@/lib/data/lookups";
import { getRecordForEdit } from "@/lib/data/records/edit";
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, typeForSegment } from "@/lib/records/types";
import { draftStatuses } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Edit record" };

interface Props {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}

export default async function EditRecordPage({ params, searchParams }: Props) {
  const [{ kind, id }, { saved }] = await Promise.all([params, searchParams]);
  const type = typeForSegment(kind);
  if (!type) notFound();
  const [record, lookups, user] = await Promise.all([getRecordForEdit(type, id), getRecordLookups(), getCurrentUser()]);
  if (!record || !user) notFound();
  const info = RECORDS[type];
  const readOnly = !record.canEdit;
  const allowed = readOnly || canPublish(user) ? Object.values(PublicationStatus) : draftStatuses;
  return (
    <div className="flex flex-col gap-5">
      <RecordHeader
        record={record}
        actions={
          <div className="flex flex-col items-end gap-2">
            {record.canEdit ? <DeleteRecordButton type={type} id={id} version={record.version} /> : null}
            {(type === "Person" || type === "Organization") && canMerge(user) && !record.deletedAt ? (
              <Link href={`/admin/${info.segment}/${id}/merge`} className="text-sm text-accent underline">Merge a duplicate into this {info.label}</Link>
            ) : null}
          </div>
        }
      />
      {type === "Reply" && !record.deletedAt ? (
        <p className="text-sm">
          <Link href={notesHref("Reply", id)} className="text-accent underline">Notes on the reply&apos;s text</Link>
        </p>
      ) : null}
      {record.canEdit ? <EditLockBanner type={type} id={id} /> : null}
      {saved === "created" || saved === "updated" ? (
        <SavedNotice saved={saved} publicHref={record.publicHref} label={info.label[0].toUpperCase() + info.label.slice(1)} />
      ) : null}
      {record.deletedAt ? (
        <p className="rounded-md border border-accent/40 bg-accent-soft p-4 text-sm">This {info.label} is in the trash. Restore it from the trash to edit it.</p>
      ) : readOnly ? (
        <p className="rounded-md border border-rule bg-card p-4 text-sm">
          {info.authorOwned && (record.status === "DRAFT" || record.status === "IN_REVIEW")
            ? `Reporters change only the ${info.plural.toLowerCase()} they wrote.`
            : info.publishable
              ? `This ${info.label} is ${record.publishAt ? "scheduled for publication" : "published"}, so only an editor can change it.`
              : `Only editors change ${info.plural.toLowerCase()}.`}{" "}
          Ask an editor if something needs fixing.
        </p>
      ) : null}
      {record.status === "PUBLISHED" && !record.deletedAt ? (
        <CorrectionsPanel
          type={type}
          id={id}
          canAdd={canPublish(user)}
          corrections={(await listCorrections(type, id)).map((c) => ({ id: c.id, note: c.note, correctedOn: c.correctedOn.toISOString().slice(0, 10) }))}
        />
      ) : null}
      {record.deletedAt ? null : <RelatedRecords type={type} id={id} />}
      <RecordFormFor key={record.version} type={type} recordId={id} values={record.values} readOnly={readOnly} allowedStatuses={allowed} lookups={lookups} />
    </div>
  );
}
