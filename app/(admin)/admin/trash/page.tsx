import type { Metadata } from "next";
import { EmptyTrashButton, RestoreFromTrashButton } from "@/components/admin/trash-controls";
import { When } from "@/components/admin/when";
import { canEmptyTrash } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listTrash } from "@/lib/data/records/trash";
import { RECORDS } from "@/lib/records/types";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const [items, user] = await Promise.all([listTrash(), getCurrentUser()]);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-ink">Trash</h1>
          <p className="text-sm text-muted">Deleted records wait here, off the public site, until they are restored{user && canEmptyTrash(user) ? " or you empty the trash" : " or an admin empties the trash"}.</p>
        </div>
        {user && canEmptyTrash(user) ? <EmptyTrashButton count={items.length} /> : null}
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-rule bg-card p-6 text-sm text-muted">The trash is empty.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Records in the trash</caption>
            <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">Type</th>
                <th scope="col" className="px-3 py-2">Record</th>
                <th scope="col" className="px-3 py-2">Deleted</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.type}:${item.id}`} className="border-b border-rule last:border-0">
                  <td className="px-3 py-2 capitalize">{RECORDS[item.type].label}</td>
                  <td className="px-3 py-2">{item.title}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-muted"><When date={item.deletedAt} /></td>
                  <td className="px-3 py-2"><RestoreFromTrashButton type={item.type} id={item.id} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
