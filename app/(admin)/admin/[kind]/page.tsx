import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordList } from "@/components/admin/record-list";
import { listRecords, sorts } from "@/lib/data/records/list";
import { publishDueRecords } from "@/lib/data/records/scheduled";
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, typeForSegment } from "@/lib/records/types";

type Search = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: { params: Promise<{ kind: string }> }): Promise<Metadata> {
  const type = typeForSegment((await params).kind);
  return { title: type ? RECORDS[type].plural : "Not found" };
}

export default async function RecordListPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<Search> }) {
  const [{ kind }, search] = await Promise.all([params, searchParams]);
  const type = typeForSegment(kind);
  if (!type) notFound();
  const status = Object.values(PublicationStatus).find((value) => value === first(search.status));
  const query = {
    q: first(search.q)?.slice(0, 200),
    status,
    kind: first(search.kind),
    sort: first(search.sort),
    page: Number(first(search.page)) || 1,
  };
  await publishDueRecords();
  const result = await listRecords(type, query);
  const info = RECORDS[type];
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-ink">{info.plural}</h1>
        <Link href={`/admin/${info.segment}/new`} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/85">
          New {info.label}
        </Link>
      </div>
      <RecordList type={type} query={query} result={result} sortOptions={Object.entries(sorts[type]).map(([value, option]) => ({ value, label: option.label }))} />
    </div>
  );
}
