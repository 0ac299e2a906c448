import type { Metadata } from "next";
import Link from "next/link";
import { RecordList } from "@/components/admin/record-list";
import { listRecords, sorts } from "@/lib/data/records/list";
import { publishDueRecords } from "@/lib/data/records/scheduled";
import { PublicationStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Submissions" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SubmissionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const query = {
    q: first(search.q)?.slice(0, 200),
    status: Object.values(PublicationStatus).find((value) => value === first(search.status)),
    sort: first(search.sort),
    page: Number(first(search.page)) || 1,
  };
  await publishDueRecords();
  const result = await listRecords("Submission", query);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-ink">Submissions</h1>
        <Link href="/admin/submissions/new" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/85">
          New submission
        </Link>
      </div>
      <RecordList type="Submission" query={query} result={result} sortOptions={Object.entries(sorts.Submission).map(([value, option]) => ({ value, label: option.label }))} />
    </div>
  );
}
