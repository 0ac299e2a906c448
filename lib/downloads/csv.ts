import { stringify } from "csv-stringify/sync";
import type { Cell, Row } from "@/lib/data/public/download-tables";

// CSV for people who open it in Excel or LibreOffice: UTF-8 with a byte-order mark (without it
// Excel reads Chinese as mojibake), CRLF line ends, and every text cell that a spreadsheet could
// take for a formula (= + - @, or a leading tab or carriage return) prefixed with an apostrophe,
// the OWASP advice against CSV injection: `=cmd|' /C calc'!A0` stays text.

const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function cellText(value: Cell): string | number | boolean | null {
  if (Array.isArray(value)) return neutraliseCell(value.join("; "));
  return typeof value === "string" ? neutraliseCell(value) : value;
}

export function toCsv(columns: string[], rows: Row[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => cellText(row[column] ?? null))),
    { header: true, columns, bom: true, record_delimiter: "windows", cast: { boolean: (value) => (value ? "true" : "false") } },
  );
}
