import { z } from "zod";
import { recordTypes } from "@/lib/records/types";

// Inputs of the actions that work on any record: delete, restore from the trash, restore a revision.

const recordRef = { type: z.enum(recordTypes), id: z.string().min(1).max(64) };
export const deleteRecordSchema = z.object({ ...recordRef, version: z.number().int().positive() });
export const restoreFromTrashSchema = z.object(recordRef);
export const restoreRevisionSchema = z.object({
  ...recordRef,
  /** The revision to bring back. */
  revision: z.number().int().positive(),
  /** The version the history page showed as current: a newer save in between is a conflict. */
  expectedVersion: z.number().int().positive(),
});
export const emptyTrashSchema = z.object({}).passthrough();
export const recordRefSchema = z.object(recordRef);
