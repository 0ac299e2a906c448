import { z } from "zod";
import { PublicationStatus } from "@/lib/generated/prisma/enums";

// Field rules shared by every record form. Text is only trimmed: Chinese, emoji and any other
// character round-trip exactly as typed. Empty optional text becomes null.

export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} is too long: at most ${max.toLocaleString("en")} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));
}

export function requiredText(max: number, label: string, missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label} is too long: at most ${max.toLocaleString("en")} characters.`);
}

/** A real calendar day written YYYY-MM-DD, as <input type="date"> sends it. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function requiredDay(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine(isIsoDay, "Enter the date as YYYY-MM-DD.")
    .refine((value) => value >= "1949-01-01" && value <= "2100-12-31", "Enter a date between 1949 and 2100.");
}

/** A year typed into a text box ("" = unknown). */
export function optionalYear(label: string) {
  return z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{4}$/.test(value), `${label}: enter a four-digit year.`)
    .refine((value) => value === "" || (Number(value) >= 1949 && Number(value) <= 2100), `${label}: a year between 1949 and 2100.`)
    .nullish()
    .transform((value) => (value ? Number(value) : null));
}

/** One entry a line, e.g. aliases or sectors; blank lines and repeats dropped. */
export function lineList(maxItems: number, maxLength: number, label: string) {
  return z
    .string()
    .nullish()
    .transform((value) => [...new Set((value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))])
    .refine((items) => items.length <= maxItems, `${label}: at most ${maxItems} lines.`)
    .refine((items) => items.every((item) => item.length <= maxLength), `${label}: each line at most ${maxLength} characters.`);
}

/** Lower-case ASCII words joined by hyphens; empty means "make one from the name". */
export const slugField = z
  .string()
  .trim()
  .max(80, "The address is too long: at most 80 characters.")
  .refine((value) => value === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value), "Use lower-case letters, digits and single hyphens, e.g. ma-huateng.")
  .nullish()
  .transform((value) => (value ? value : null));

/** "YYYY-MM-DDTHH:mm" from <input type="datetime-local">, read as UTC (the form says so). */
export const publishAtField = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}:00Z`))), "Enter a date and time.")
  .nullish()
  .transform((value) => (value ? new Date(`${value}:00Z`) : null));

/** Workflow fields every publishable record carries. */
export const workflowFields = {
  status: z.enum(PublicationStatus, { error: "Choose a status." }),
  /** The version the form loaded; a save against a newer one is refused as a conflict. */
  version: z.number().int().positive(),
};

/** The form value of a stored publishAt. */
export function publishAtValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16) : "";
}

export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function dayDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** Reporters may choose these; editors and admins any. */
export const draftStatuses = ["DRAFT", "IN_REVIEW"] as const satisfies readonly PublicationStatus[];
