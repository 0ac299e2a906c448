import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/status-badge";
import { NoteWorkspace } from "@/components/admin/notes/note-workspace";
import { getNoteWorkspace } from "@/lib/data/notes";
import { noteTargetForSegment } from "@/lib/notes/targets";

export const metadata: Metadata = { title: "Notes" };

// A submission's or a reply's texts with the reporters' notes on them.
export default async function NotesPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const target = noteTargetForSegment(kind);
  if (!target) notFound();
  const workspace = await getNoteWorkspace(target, id);
  if (!workspace) notFound();
  const detached = workspace.notes.filter((note) => note.detached).length;
  return (
    <div className="grid gap-6">
      <div>
        <Link href={workspace.editHref} className="text-sm text-muted underline">
          ← Edit this {target === "Submission" ? "submission" : "reply"}
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">
          Notes <span className="block text-lg font-medium text-muted">{workspace.title}</span>
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
          <StatusBadge status={workspace.status} />
          <span>{workspace.notes.length} {workspace.notes.length === 1 ? "note" : "notes"} you can read</span>
          {detached > 0 ? <span className="font-semibold text-accent">· {detached} detached</span> : null}
          {workspace.publicHref ? (
            <Link href={workspace.publicHref} className="text-accent underline">View public page</Link>
          ) : null}
        </p>
        <p className="mt-2 max-w-prose text-sm text-muted">
          Private notes are yours alone; desk notes are for all staff; public notes reach readers once an editor approves them. When the text is edited, each note follows its passage, or is marked detached if the passage is gone.
        </p>
      </div>
      <NoteWorkspace workspace={workspace} />
    </div>
  );
}
