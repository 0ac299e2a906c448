"use server";

import { refreshPublicPages } from "@/lib/cache-tags";
import { authorizedAction, type ActionResult } from "@/lib/actions/safe-action";
import { canDraft, canEmptyTrash } from "@/lib/auth/permissions";
import type { SavedRecord } from "@/lib/data/records/define-record";
import { getRecordForEdit } from "@/lib/data/records/edit";
import { restoreRevision } from "@/lib/data/records/history";
import { deleteRecord, emptyTrash, restoreFromTrash } from "@/lib/data/records/trash";
import type { z } from "zod";
import { deleteRecordSchema, emptyTrashSchema, recordRefSchema, restoreFromTrashSchema, restoreRevisionSchema } from "@/lib/validation/records";

// Actions on any record type: delete (to the trash), restore from the trash, empty the trash
// (admins), restore an old revision. The data layer checks the record-level rules again.

const remove = authorizedAction({ schema: deleteRecordSchema, permission: canDraft }, (input) => deleteRecord(input.type, input.id, input.version));
const untrash = authorizedAction({ schema: restoreFromTrashSchema, permission: canDraft }, (input) => restoreFromTrash(input.type, input.id));
const purge = authorizedAction({ schema: emptyTrashSchema, permission: canEmptyTrash }, () => emptyTrash());
const restore = authorizedAction({ schema: restoreRevisionSchema, permission: canDraft }, (input) =>
  restoreRevision(input.type, input.id, input.revision, input.expectedVersion),
);

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) refreshPublicPages();
  return result;
}

export async function deleteRecordAction(input: z.input<typeof deleteRecordSchema>): Promise<ActionResult<void>> {
  return refreshed(await remove(input));
}

export async function restoreFromTrashAction(input: z.input<typeof restoreFromTrashSchema>): Promise<ActionResult<void>> {
  return refreshed(await untrash(input));
}

export async function emptyTrashAction(input: z.input<typeof emptyTrashSchema> = {}) {
  return refreshed(await purge(input));
}

export async function restoreRevisionAction(input: z.input<typeof restoreRevisionSchema>): Promise<ActionResult<SavedRecord>> {
  return refreshed(await restore(input));
}

const latest = authorizedAction({ schema: recordRefSchema, permission: canDraft }, async (input) => {
  const record = await getRecordForEdit(input.type, input.id);
  return record ? { version: record.version, values: record.values } : null;
});

/** The saved version of a record, shown beside the editor's own after a refused stale save. */
export async function getLatestRecordAction(input: z.input<typeof recordRefSchema>) {
  return latest(input);
}
