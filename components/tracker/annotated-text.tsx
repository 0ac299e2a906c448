import { Fragment } from "react";
import { Zh } from "@/components/ui/zh";
import { segmentText } from "@/lib/notes/segments";

export interface NoteMarker {
  id: string;
  start: number;
  end: number;
  number: number;
}

// A stored text (plain text, blank lines between paragraphs, never rendered as HTML) with the
// passages of public notes in <mark>, each followed by a footnote-style link to its note. Plain
// HTML: it reads and navigates the same without JavaScript.
export function AnnotatedText({ text, notes, lang = "en", refLabel }: { text: string; notes: NoteMarker[]; lang?: "en" | "zh"; refLabel: (n: number) => string }) {
  const numbers = new Map(notes.map((note) => [note.id, note.number]));
  const referenced = new Set<string>();
  const paragraphs = segmentText(text, notes);
  return (
    <div className="grid max-w-prose gap-4 leading-relaxed">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="whitespace-pre-line">
          {paragraph.runs.map((run) => {
            const content = lang === "zh" ? <Zh>{run.text}</Zh> : run.text;
            return (
              <Fragment key={run.start}>
                {run.ids.length > 0 ? <mark className="rounded-sm bg-amber-100 px-0.5 text-ink print:bg-transparent print:underline">{content}</mark> : content}
                {run.endsHere.map((id) => {
                  const n = numbers.get(id) ?? 0;
                  const first = !referenced.has(id);
                  referenced.add(id);
                  return (
                    <sup key={id} className="ml-0.5 text-xs">
                      <a href={`#note-${id}`} id={first ? `note-ref-${id}` : undefined} aria-label={refLabel(n)} className="font-semibold text-accent underline">
                        [{n}]
                      </a>
                    </sup>
                  );
                })}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
