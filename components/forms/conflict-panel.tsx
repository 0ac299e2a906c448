"use client";

import type { FieldValues } from "react-hook-form";

// After a refused stale save: every field where the saved version differs from the form, theirs
// beside yours. Yours stays in the form; "Use theirs" copies one field over, and "Keep mine on top
// of theirs" moves the form onto their version so the next save merges instead of being refused.

interface ConflictPanelProps<V extends FieldValues> {
  mine: V;
  theirs: V;
  theirVersion: number;
  labels: Record<string, string>;
  onUseTheirs: (name: string, value: unknown) => void;
  onSaveOnTop: () => void;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 1);
}

export function ConflictPanel<V extends FieldValues>({ mine, theirs, theirVersion, labels, onUseTheirs, onSaveOnTop }: ConflictPanelProps<V>) {
  const names = Object.keys(theirs).filter((name) => name !== "version" && JSON.stringify(mine[name] ?? "") !== JSON.stringify(theirs[name] ?? ""));
  return (
    <section aria-labelledby="conflict-title" className="rounded-lg border-2 border-amber-700/40 bg-amber-50 p-4">
      <h2 id="conflict-title" className="font-semibold text-amber-950">
        Their version {theirVersion} and yours differ in {names.length} field{names.length === 1 ? "" : "s"}
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Your text is still in the form below. Copy what you need from theirs, then keep yours on top of their version and save.
      </p>
      {names.length > 0 ? (
        <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-amber-700/30">
              <th scope="col" className="w-40 py-1 pr-2">Field</th>
              <th scope="col" className="py-1 pr-2">Theirs (saved, version {theirVersion})</th>
              <th scope="col" className="py-1 pr-2">Yours (in the form)</th>
              <th scope="col" className="w-28 py-1"><span className="sr-only">Action</span></th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name} className="border-b border-amber-700/20 align-top">
                <th scope="row" className="py-2 pr-2 font-medium">{labels[name] ?? name}</th>
                <td className="whitespace-pre-wrap break-words py-2 pr-2" data-testid={`theirs-${name}`}>{show(theirs[name])}</td>
                <td className="whitespace-pre-wrap break-words py-2 pr-2" data-testid={`mine-${name}`}>{show(mine[name])}</td>
                <td className="py-2">
                  <button type="button" className="rounded-md border border-ink/25 bg-card px-2 py-1 text-xs" onClick={() => onUseTheirs(name, theirs[name])}>
                    Use theirs<span className="sr-only"> for {labels[name] ?? name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button type="button" onClick={onSaveOnTop} className="mt-3 rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white">
        Keep mine on top of version {theirVersion}
      </button>
    </section>
  );
}
