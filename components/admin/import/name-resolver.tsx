"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState, useTransition } from "react";
import { controlClassName, FormError } from "@/components/ui/form-field";
import { createFromNameAction, ignoreNameAction, linkNameAction } from "@/lib/actions/unmatched-names";

// One name of the queue: link it to a record (a search box narrows a native select, as in the
// submission form's party picker), create a new draft record from it, or ignore it.

export interface LinkOption {
  value: string;
  label: string;
  group: string;
}

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, "");

export function NameResolver({ id, name, ministry, options }: { id: string; name: string; ministry: boolean; options: LinkOption[] }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const uid = useId();
  const visible = useMemo(() => {
    const needle = fold(query);
    return options.filter((option) => !needle || fold(option.label).includes(needle) || option.value === target);
  }, [options, query, target]);
  const groups = [...new Set(visible.map((option) => option.group))];

  const run = (work: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> }>) =>
    startTransition(async () => {
      setError(null);
      const result = await work();
      if (result.ok) router.refresh();
      else setError(result.fieldErrors?.target?.[0] ?? result.fieldErrors?.recordId?.[0] ?? result.formError ?? "That did not work; nothing changed.");
    });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${uid}-select`} className="text-sm font-semibold text-ink">Link “{name}” to</label>
          <select id={`${uid}-select`} value={target} onChange={(event) => setTarget(event.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? `${uid}-error` : undefined} className={controlClassName}>
            <option value="">{query && visible.length === 0 ? "No match: change the search" : ministry ? "Choose a ministry…" : "Choose a person or an organization…"}</option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {visible.filter((option) => option.group === group).map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
              </optgroup>
            ))}
          </select>
          <label htmlFor={`${uid}-search`} className="sr-only">Narrow the list for “{name}”</label>
          <input id={`${uid}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Narrow the list: 雷军, Lei Jun…" className={controlClassName} />
        </div>
        <button type="button" disabled={pending} onClick={() => (target ? run(() => linkNameAction({ id, target })) : setError("Choose the record this name stands for."))} className="rounded-md bg-ink px-3 py-2 text-sm font-semibold text-white disabled:opacity-60">Link</button>
      </div>
      <div className="flex flex-wrap gap-2 text-sm">
        {ministry ? (
          <button type="button" disabled={pending} onClick={() => run(() => createFromNameAction({ id, as: "organization" }))} className="rounded-md border border-ink/25 px-3 py-1.5 font-semibold text-ink hover:bg-paper">Create a new ministry</button>
        ) : (
          <>
            <button type="button" disabled={pending} onClick={() => run(() => createFromNameAction({ id, as: "person" }))} className="rounded-md border border-ink/25 px-3 py-1.5 font-semibold text-ink hover:bg-paper">Create a new person</button>
            <button type="button" disabled={pending} onClick={() => run(() => createFromNameAction({ id, as: "organization" }))} className="rounded-md border border-ink/25 px-3 py-1.5 font-semibold text-ink hover:bg-paper">Create a new organization</button>
          </>
        )}
        <button type="button" disabled={pending} onClick={() => run(() => ignoreNameAction({ id }))} className="rounded-md border border-ink/25 px-3 py-1.5 text-muted hover:bg-paper">Ignore</button>
      </div>
      <FormError id={`${uid}-error`} message={error ?? undefined} />
    </div>
  );
}
