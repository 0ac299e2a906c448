import Link from "next/link";
import type { ReactNode } from "react";
import type { RecordForEdit } from "@/lib/data/records/define-record";
import { RECORDS, historyHref } from "@/lib/records/types";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

// The top of every edit page: back to the list, the title, where the record stands (status,
// version, last save, scheduled time), its public page and its history.

export function RecordHeader({ record, actions }: { record: RecordForEdit<unknown>; actions?: ReactNode }) {
  const info = RECORDS[record.type];
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <Link href={`/admin/${info.segment}`} className="text-sm text-muted underline">← All {info.plural.toLowerCase()}</Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">
          Edit {info.label}
          <span className="block text-lg font-medium text-muted">{record.title}</span>
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
          {record.status ? <StatusBadge status={record.status} /> : null}
          {record.publishAt ? (
            <span className="rounded-sm border border-sky-700/30 bg-sky-50 px-1.5 py-0.5 text-xs font-semibold text-sky-900">
              Scheduled for <When date={record.publishAt} />
            </span>
          ) : null}
          <span>Version {record.version}</span>
          <span aria-hidden="true">·</span>
          <span>Last saved <When date={record.updatedAt} /></span>
          <span aria-hidden="true">·</span>
          <Link href={historyHref(record.type, record.id)} className="text-accent underline">History</Link>
          {record.publicHref ? (
            <>
              <span aria-hidden="true">·</span>
              <Link href={record.publicHref} className="text-accent underline">View public page</Link>
            </>
          ) : null}
        </p>
      </div>
      {actions}
    </div>
  );
}
