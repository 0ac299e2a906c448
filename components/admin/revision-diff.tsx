import { diffWords } from "diff";
import { fieldName } from "@/lib/format/field-names";

// Two revisions of a record, field by field: only the fields that changed, each as one text with
// deletions struck through and insertions underlined. Words are split with Intl.Segmenter, so
// Chinese is compared word by word too (jsdiff on its own would treat a Chinese sentence as one word).

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value, null, 1);
}

export function RevisionDiff({ older, newer, olderLabel, newerLabel }: { older: Record<string, unknown>; newer: Record<string, unknown>; olderLabel: string; newerLabel: string }) {
  const keys = [...new Set([...Object.keys(older), ...Object.keys(newer)])].filter((key) => key !== "version");
  const changed = keys.filter((key) => asText(older[key]) !== asText(newer[key]));
  if (changed.length === 0) {
    return <p className="rounded-lg border border-rule bg-card p-4 text-sm text-muted">{olderLabel} and {newerLabel} hold the same content.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Changes from {olderLabel} to {newerLabel}</caption>
        <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="w-48 px-3 py-2">Field</th>
            <th scope="col" className="px-3 py-2">From {olderLabel} to {newerLabel} <span className="normal-case">(<del className="text-accent">removed</del>, <ins className="text-emerald-800">added</ins>)</span></th>
          </tr>
        </thead>
        <tbody>
          {changed.map((key) => (
            <tr key={key} className="border-b border-rule align-top last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">{fieldName(key)}</th>
              <td className="whitespace-pre-wrap break-words px-3 py-2 leading-relaxed">
                {diffWords(asText(older[key]), asText(newer[key]), { intlSegmenter: segmenter }).map((part, index) =>
                  part.removed ? (
                    <del key={index} className="mx-px rounded-sm bg-accent-soft px-0.5 text-accent">{part.value}</del>
                  ) : part.added ? (
                    <ins key={index} className="mx-px rounded-sm bg-emerald-50 px-0.5 text-emerald-900">{part.value}</ins>
                  ) : (
                    <span key={index}>{part.value}</span>
                  ),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
