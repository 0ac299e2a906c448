"use client";

import { useRef, useState } from "react";
import { segmentText, type HighlightRange } from "@/lib/notes/segments";

// A record's text for staff: the passages of notes marked, and any passage selectable with the
// mouse, or with the keyboard in a read-only copy (Shift + arrow keys), to write a note on it.
// Offsets are those of the stored text (each run carries its own start), as the server checks.

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

function runStart(element: Element | null): number | null {
  const run = element?.closest("[data-start]");
  return run ? Number((run as HTMLElement).dataset.start) : null;
}

/** A DOM selection boundary as an offset into the stored text. */
function pointToOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = runStart(node.parentElement);
    return start === null ? null : start + offset;
  }
  const element = node as Element;
  const children = [...element.childNodes];
  if (offset < children.length) {
    const child = children[offset];
    const run = child instanceof Element ? (child.matches("[data-start]") ? child : child.querySelector("[data-start]")) : null;
    if (run) return Number((run as HTMLElement).dataset.start);
  }
  const runs = element.querySelectorAll("[data-start]");
  const last = runs[runs.length - 1] as HTMLElement | undefined;
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

/** Trims whitespace from both ends of a selected range; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): TextSelection | null {
  let [from, to] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to > from ? { start: from, end: to, quote: text.slice(from, to) } : null;
}

interface Props {
  id: string;
  label: string;
  text: string;
  lang: "en" | "zh";
  highlights: HighlightRange[];
  onSelect: (selection: TextSelection | null) => void;
}

export function SelectableText({ id, label, text, lang, highlights, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [keyboard, setKeyboard] = useState(false);

  const readMouseSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !container.current) return;
    const range = selection.getRangeAt(0);
    if (!container.current.contains(range.startContainer) || !container.current.contains(range.endContainer)) return;
    const start = pointToOffset(range.startContainer, range.startOffset);
    const end = pointToOffset(range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    onSelect(trimRange(text, start, end));
  };

  const blockEdits = (element: HTMLTextAreaElement | null) => {
    if (!element) return;
    const cancel = (event: Event) => event.preventDefault();
    element.addEventListener("beforeinput", cancel);
    return () => element.removeEventListener("beforeinput", cancel);
  };

  // "select" alone is not fired for every keyboard selection change in every browser.
  const readTextareaSelection = (event: { currentTarget: HTMLTextAreaElement }) => {
    const target = event.currentTarget;
    if (target.selectionEnd > target.selectionStart) onSelect(trimRange(text, target.selectionStart, target.selectionEnd));
  };

  if (!text) return <p className="text-sm text-muted">No {label.toLowerCase()} has been saved.</p>;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={`${id}-help`} className="text-xs text-muted">
          {keyboard
            ? "A copy of the text you cannot change: move with the arrow keys and hold Shift to select a passage; the note form opens below."
            : "Select a passage with the mouse to write a note on it."}
        </p>
        <button type="button" onClick={() => setKeyboard(!keyboard)} aria-pressed={keyboard} className="rounded-md border border-rule px-2 py-1 text-xs font-semibold">
          {keyboard ? "Back to the marked text" : "Select with the keyboard"}
        </button>
      </div>
      {keyboard ? (
        <textarea
          // Not readOnly: browsers give a read-only textarea no caret, so Shift + arrows select
          // nothing. Edits are cancelled instead (beforeinput), and the value is controlled.
          ref={blockEdits}
          aria-readonly="true"
          onChange={() => undefined}
          autoFocus
          aria-label={`${label}: select a passage`}
          aria-describedby={`${id}-help`}
          lang={lang === "zh" ? "zh-Hans" : "en"}
          value={text}
          rows={12}
          onSelect={readTextareaSelection}
          onKeyUp={readTextareaSelection}
          onMouseUp={readTextareaSelection}
          className="w-full rounded-md border border-ink/25 bg-card p-3 text-sm leading-relaxed"
        />
      ) : (
        <div
          ref={container}
          id={id}
          data-testid={`text-${id}`}
          lang={lang === "zh" ? "zh-Hans" : "en"}
          onMouseUp={readMouseSelection}
          className="grid max-w-prose gap-3 rounded-md border border-rule bg-card p-4 leading-relaxed"
        >
          {segmentText(text, highlights).map((paragraph) => (
            <p key={paragraph.start} className="whitespace-pre-line">
              {paragraph.runs.map((run) =>
                run.ids.length > 0 ? (
                  <mark key={run.start} data-start={run.start} data-notes={run.ids.join(" ")} className="rounded-sm bg-amber-100 text-ink">
                    {run.text}
                  </mark>
                ) : (
                  <span key={run.start} data-start={run.start}>
                    {run.text}
                  </span>
                ),
              )}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
