"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { applyServerErrors } from "./form-errors";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

// What every back-office form does when it saves: send the raw values (the server parses them
// again), keep everything typed when the server says no (its errors shown in place, the summary
// focused so the reason is read out), warn before leaving with unsaved changes, and, when someone
// else saved first, load their version to show beside this one.

const offline: ActionResult<never> = {
  ok: false,
  formError: "We could not reach the server, so nothing was saved. Your changes are still here: check your connection and try again.",
};

export interface TheirVersion<V> {
  version: number;
  values: V;
}

interface SaveFlowOptions<V extends FieldValues, T, R> {
  methods: UseFormReturn<V, unknown, T>;
  readOnly: boolean;
  save: (values: V) => Promise<ActionResult<R>>;
  /** The latest saved values, loaded after a conflict. */
  loadLatest?: () => Promise<TheirVersion<V> | null>;
  /** Where to go once saved: the record's edit page, saying what happened. */
  savedHref: (saved: R) => string;
}

export function useSaveFlow<V extends FieldValues, T, R>({ methods, readOnly, save, loadLatest, savedHref }: SaveFlowOptions<V, T, R>) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverFailures, setServerFailures] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [theirs, setTheirs] = useState<TheirVersion<V> | null>(null);
  const { handleSubmit, getValues, setError, setValue, formState } = methods;
  useUnsavedChangesWarning(formState.isDirty && !leaving && !readOnly);

  useEffect(() => {
    if (serverFailures > 0) summaryRef.current?.focus();
  }, [serverFailures]);

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const result: ActionResult<R> = await save(getValues()).catch(() => offline);
    if (!result.ok) {
      setFormError(result.formError ?? "Nothing was saved.");
      applyServerErrors(setError, result.fieldErrors);
      if (result.code === "conflict" && loadLatest) setTheirs(await loadLatest().catch(() => null));
      setServerFailures((count) => count + 1);
      return;
    }
    setLeaving(true);
    router.push(savedHref(result.data));
  });

  /** After a conflict: keep this version, now built on theirs, and save it again. */
  const saveOnTop = (version: number) => {
    setValue("version" as Path<V>, version as PathValue<V, Path<V>>, { shouldDirty: true });
    setTheirs(null);
    setFormError(`Your version now builds on version ${version}. Check the fields, then save again.`);
  };

  return { summaryRef, formError, theirs, onSubmit, saveOnTop };
}
