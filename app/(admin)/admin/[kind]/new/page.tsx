import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { emptyValues, RecordFormFor } from "@/components/admin/record-form-for";
import { canPublish } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { writePermission } from "@/lib/data/records/define-record";
import { getRecordLookups } from "@/lib/data/lookups";
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, typeForSegment } from "@/lib/records/types";
import { draftStatuses } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "New record" };

type Search = Record<string, string | string[] | undefined>;

export default async function NewRecordPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<Search> }) {
  const [{ kind }, search] = await Promise.all([params, searchParams]);
  const type = typeForSegment(kind);
  if (!type) notFound();
  const info = RECORDS[type];
  const [user, lookups] = await Promise.all([requirePermission(writePermission(type)), getRecordLookups()]);
  // Prefill a parent from the address, e.g. /admin/replies/new?referralId=… from a referral's page.
  const prefill = Object.fromEntries(
    ["submissionId", "referralId", "personId", "organizationId"].flatMap((key) => (typeof search[key] === "string" ? [[key, search[key]]] : [])),
  );
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href={`/admin/${info.segment}`} className="text-sm text-muted underline">← All {info.plural.toLowerCase()}</Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">New {info.label}</h1>
      </div>
      <RecordFormFor
        type={type}
        values={{ ...emptyValues[type], ...prefill }}
        readOnly={false}
        allowedStatuses={canPublish(user) ? Object.values(PublicationStatus) : draftStatuses}
        lookups={lookups}
      />
    </div>
  );
}
