import "server-only";
import { Body } from "@/lib/generated/prisma/enums";

// The /submissions query string is typed by readers and pasted into articles, so anything odd in
// it (year=abc, page=-3, body=XYZ, a repeated key) is dropped or clamped, never an error page.

export const SUBMISSIONS_PAGE_SIZE = 20;

export interface SubmissionFilters {
  year?: number;
  body?: Body;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Four digits: the only shape a session year has (tests use synthetic years up to 9999). */
export function parseYear(value: string | string[] | undefined): number | undefined {
  const raw = first(value)?.trim();
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
}

export function parseBody(value: string | string[] | undefined): Body | undefined {
  const raw = first(value)?.trim().toUpperCase();
  return raw === Body.NPC || raw === Body.CPPCC ? raw : undefined;
}

/** A whole number from 1 up; anything else is page 1. The upper clamp needs the total, later. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = first(value)?.trim();
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

export function parseSubmissionFilters(params: RawParams): SubmissionFilters {
  return { year: parseYear(params.year), body: parseBody(params.body), page: parsePage(params.page) };
}
