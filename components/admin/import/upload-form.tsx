"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClassName } from "@/components/ui/button";
import { controlClassName, FormError, FormHint } from "@/components/ui/form-field";
import { uploadImportAction } from "@/lib/actions/imports";
import { MAX_IMPORT_LABEL } from "@/lib/import/limits";
import { kindLabels } from "@/lib/import/kind-labels";
import type { ImportKindName } from "@/lib/import/types";
import { uploadImportSchema } from "@/lib/validation/import";

// Choose what the file holds, pick the file, get the dry run. The same schema as the server
// checks size and type first, so a 60 MB file is refused here without being sent.


export function ImportUploadForm() {
  const router = useRouter();
  const [kind, setKind] = useState<ImportKindName | "">("");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = uploadImportSchema.safeParse({ kind, file: file ?? undefined });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    const form = new FormData();
    form.set("kind", parsed.data.kind);
    form.set("file", parsed.data.file);
    startTransition(async () => {
      const result = await uploadImportAction(form).catch(() => ({ ok: false as const, formError: "The upload did not reach the server. Check the connection and try again." }));
      if (result.ok) {
        router.push(`/admin/import/${result.data.jobId}`);
        return;
      }
      setFormError(result.formError ?? "The file could not be checked.");
      const fieldErrors = "fieldErrors" in result ? result.fieldErrors : undefined;
      if (fieldErrors) setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([key, messages]) => [key, messages?.[0]])));
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-lg border border-rule bg-card p-4 shadow-xs">
      {formError ? <p role="alert" className="rounded-md border-2 border-accent bg-accent-soft p-3 text-sm font-semibold text-ink">{formError}</p> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="import-kind" className="text-sm font-semibold text-ink">What the file holds</label>
        <select id="import-kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as ImportKindName)} aria-invalid={Boolean(errors.kind)} aria-describedby={errors.kind ? "import-kind-error" : undefined} className={controlClassName}>
          <option value="">Choose…</option>
          {Object.entries(kindLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <FormError id="import-kind-error" message={errors.kind} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-semibold text-ink">File (CSV or JSON)</label>
        <input id="import-file" name="file" type="file" accept=".csv,.json,.tsv,.txt,text/csv,application/json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} aria-invalid={Boolean(errors.file)} aria-describedby={`import-file-hint${errors.file ? " import-file-error" : ""}`} className={controlClassName} />
        <FormHint id="import-file-hint">Up to {MAX_IMPORT_LABEL}. UTF-8 is best; GBK files from Excel on Chinese Windows are recognised. Nothing is written until you commit.</FormHint>
        <FormError id="import-file-error" message={errors.file} />
      </div>
      <div>
        <button type="submit" disabled={pending} className={buttonClassName}>{pending ? "Checking the file…" : "Check the file (dry run)"}</button>
      </div>
    </form>
  );
}
