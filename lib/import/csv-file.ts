import { parse } from "csv-parse/sync";
import type { FileRow } from "@/lib/import/types";

// A CSV file's text to rows, with a message a person can act on for each way it goes wrong: the
// wrong separator (semicolons or tabs are recognised and read, and the report says so), an
// unclosed quote, rows with too many or too few cells. Column names are checked by columns.ts.

export type TableRead = { ok: true; header: string[]; rows: FileRow[]; notices: string[] } | { ok: false; problems: string[] };

const separatorNames: Record<string, string> = { ";": "semicolons", "\t": "tabs", "|": "vertical bars" };

export function readCsvText(text: string): TableRead {
  const body = text.replace(/^\uFEFF/, "");
  const headerLine = body.split(/\r?\n/, 1)[0] ?? "";
  const notices: string[] = [];
  let delimiter = ",";
  if (!headerLine.includes(",")) {
    const found = Object.keys(separatorNames).find((candidate) => headerLine.includes(candidate));
    if (!found) return { ok: false, problems: ["The first line should name the columns, separated by commas."] };
    delimiter = found;
    notices.push(`The columns are separated by ${separatorNames[found]}, not commas; the file has been read that way.`);
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return { ok: false, problems: [`The file is not valid CSV${where ? ` near row ${where}` : ""}: check for an unclosed quote.`] };
  }
  const header = (records[0]?.record ?? []).map(columnName);
  const problems: string[] = [];
  const rows: FileRow[] = [];
  for (let index = 1; index < records.length; index++) {
    const { record, info } = records[index];
    // The row number a spreadsheet shows (the header is row 1; blank lines count).
    const line = info.lines;
    if (record.length !== header.length) {
      const extra = record.length > header.length ? "more" : "fewer";
      problems.push(`Row ${line} has ${record.length} cells but the header names ${header.length} columns (${extra} cells than columns: a stray separator or a missing cell).`);
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((name, column) => [name, record[column]])) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, header, rows, notices };
}

/** "Referred on" and "referred_on" name the same column. */
export function columnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
