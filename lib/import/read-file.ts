import { readCsvText } from "@/lib/import/csv-file";
import { decodeImportBytes } from "@/lib/import/decode";
import { readJsonText } from "@/lib/import/json-file";
import { MAX_IMPORT_ROWS } from "@/lib/import/limits";
import type { FileRow } from "@/lib/import/types";

// From the uploaded bytes to rows the kinds can plan: decode, CSV or JSON, the template's columns
// (missing and unknown ones named), and rows that repeat another row word for word.

export type ImportFormat = "csv" | "json";

export type FileRead =
  | { ok: true; text: string; format: ImportFormat; rows: FileRow[]; notices: string[]; duplicates: Map<number, number> }
  | { ok: false; problems: string[]; text?: string };

/** JSON when the name says so, or when the text starts with [ or { (CSV never does). */
export function detectFormat(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return "csv";
  return /^\uFEFF?\s*[[{]/.test(text) ? "json" : "csv";
}

export function readImportText(text: string, format: ImportFormat, columns: { required: string[]; optional: string[] }, notices: string[] = []): FileRead {
  const table = format === "json" ? readJsonText(text) : readCsvText(text);
  if (!table.ok) return { ok: false, problems: table.problems, text };
  const allowed = [...columns.required, ...columns.optional];
  const problems: string[] = [];
  const missing = columns.required.filter((name) => !table.header.includes(name));
  const where = format === "json" ? "field" : "column";
  if (missing.length) problems.push(`Missing ${where}${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The template's ${where}s are ${allowed.join(", ")}.`);
  const unknown = table.header.filter((name) => !allowed.includes(name));
  if (unknown.length) problems.push(`Unknown ${where}${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The template's ${where}s are ${allowed.join(", ")}.`);
  const repeated = table.header.filter((name, index) => table.header.indexOf(name) !== index);
  if (repeated.length) problems.push(`Column ${[...new Set(repeated)].join(", ")} appears more than once.`);
  if (table.rows.length > MAX_IMPORT_ROWS) {
    problems.push(`The file has ${table.rows.length.toLocaleString("en")} rows; one import takes at most ${MAX_IMPORT_ROWS.toLocaleString("en")}. Split it (for example by session) and import the parts.`);
  }
  if (table.rows.length === 0) problems.push(format === "json" ? "The file holds an empty list." : "The file has a header but no rows.");
  if (problems.length) return { ok: false, problems, text };
  for (const row of table.rows) for (const name of allowed) row.cells[name] ??= "";
  // Word-for-word repeats (a pasted block twice) are refused by row number, before any lookup.
  const duplicates = new Map<number, number>();
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const key = JSON.stringify(allowed.map((name) => row.cells[name].toLowerCase()));
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, row.line);
    else duplicates.set(row.line, earlier);
  }
  return { ok: true, text, format, rows: table.rows, notices: [...notices, ...table.notices], duplicates };
}

export function readImportFile(bytes: Uint8Array, fileName: string, columns: { required: string[]; optional: string[] }): FileRead {
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: decoded.problems };
  return readImportText(decoded.text, detectFormat(fileName, decoded.text), columns, decoded.notices);
}
