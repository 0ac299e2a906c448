"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/actions/safe-action";
import { canImport } from "@/lib/auth/permissions";
import { refreshPublicPages } from "@/lib/cache-tags";
import { createImportDryRun, getImportProgress, rerunImportDryRun, startImportCommit } from "@/lib/data/imports";
import { commitImportSchema, importJobSchema, uploadImportSchema } from "@/lib/validation/import";

// Imports from /admin/import: upload and dry run, dry run again, commit (a server-side job), and
// the progress the browser polls. Editors and admins; the data layer checks again.

const upload = authorizedAction({ schema: uploadImportSchema, permission: canImport }, async (input) => {
  const file = input.file as Blob & { name?: string };
  const jobId = await createImportDryRun({ kind: input.kind, fileName: file.name ?? "upload", bytes: new Uint8Array(await file.arrayBuffer()) });
  return { jobId };
});
const rerun = authorizedAction({ schema: importJobSchema, permission: canImport }, (input) => rerunImportDryRun(input.jobId));
const commit = authorizedAction({ schema: commitImportSchema, permission: canImport }, (input) => startImportCommit(input.jobId, input.skipRefused));
const progress = authorizedAction({ schema: importJobSchema, permission: canImport }, (input) => getImportProgress(input.jobId));

/** Takes the page's FormData (kind, file); anything else is validated as it comes. */
export async function uploadImportAction(input: FormData | z.input<typeof uploadImportSchema>) {
  const fields = input instanceof FormData ? { kind: input.get("kind"), file: input.get("file") } : input;
  // The dry run writes no record, but it does add unknown names to the queue.
  const result = await upload(fields as z.input<typeof uploadImportSchema>);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function rerunImportAction(input: z.input<typeof importJobSchema>) {
  const result = await rerun(input);
  if (result.ok) refreshPublicPages();
  return result;
}

/**
 * Starts the job and returns at once. No refresh here: the job writes after this returns, and on
 * the embedded database a re-render now would wait for the job's transaction to end. The poll
 * that sees the job DONE expires the public pages instead.
 */
export async function commitImportAction(input: z.input<typeof commitImportSchema>) {
  return commit(input);
}

export async function importProgressAction(input: z.input<typeof importJobSchema>) {
  const result = await progress(input);
  // The job wrote outside any action; the poll that sees it finish expires the public pages.
  if (result.ok && result.data.status === "DONE") refreshPublicPages();
  return result;
}
