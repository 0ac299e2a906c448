import type { Metadata } from "next";
import Link from "next/link";
import { MentionReadButton } from "@/components/admin/notes/mention-read-button";
import { formatStaffTime } from "@/components/admin/when";
import { listMyMentions } from "@/lib/data/note-inbox";

export const metadata: Metadata = { title: "Inbox" };

// The notes in which colleagues mentioned the signed-in staff member, newest first.
export default async function InboxPage() {
  const items = await listMyMentions();
  const unread = items.filter((item) => !item.readAt).length;
  return (
    <div className="grid gap-5">
      <div>
        <h1 className="text-2xl font-bold text-ink">Inbox</h1>
        <p className="text-sm text-muted">
          Notes in which colleagues mentioned you: {unread} unread of {items.length}.
        </p>
      </div>
      {items.length === 0 ? (
        <p className="rounded-md border border-rule bg-card p-4 text-sm">Nobody has mentioned you in a note yet. When someone does, the note shows here.</p>
      ) : (
        <ul className="grid gap-3">
          {items.map((item) => (
            <li key={item.noteId} className={`grid gap-1 rounded-lg border p-4 ${item.readAt ? "border-rule bg-card" : "border-ink/40 bg-amber-50"}`}>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                {item.readAt ? null : <span className="rounded-sm bg-ink px-1.5 text-xs font-semibold uppercase text-white">Unread</span>}
                <span className="font-semibold">{item.author}</span>
                <time dateTime={item.createdAt.toISOString()} className="text-muted">{formatStaffTime(item.createdAt)}</time>
                <span className="text-muted">· {item.where}</span>
              </p>
              {item.quote ? <blockquote className="border-l-4 border-amber-400 pl-2 text-sm text-muted">“{item.quote}”</blockquote> : null}
              <p className="whitespace-pre-line">{item.body}</p>
              <p className="flex flex-wrap gap-3 text-sm">
                <Link href={item.href} className="font-semibold text-accent underline">Open the note</Link>
                <MentionReadButton noteId={item.noteId} read={Boolean(item.readAt)} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
