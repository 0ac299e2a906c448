import { parse } from "csv-parse/sync";

// Reading an editor's CSV file, with a message a person can act on for each way it goes wrong:
// too big, not UTF-8 (Excel on Chinese Windows saves GBK), the wrong separator, missing or
// unknown columns, rows with too many or too few cells. A BOM (Excel's "CSV UTF-8") is fine.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const cjk = /[\u3400-\u9fff]/;
const latinOrCyrillic = /[\u0080-\u07ff]/;

/**
 * Short GBK text can happen to be valid UTF-8 (农业 reads as "ũҵ"). A file of this domain that
 * decodes to no Chinese at all but to accented Latin or Cyrillic, while GB18030 turns it into
 * Chinese, is GBK.
 */
function looksLikeGbk(text: string, bytes: Uint8Array): boolean {
  if (cjk.test(text) || !latinOrCyrillic.test(text)) return false;
  try {
    return cjk.test(new TextDecoder("gb18030").decode(bytes));
  } catch {
    return false;
  }
}

export type CsvRead = { ok: true; rows: Array<{ line: number; cells: Record<string, string> }> } | { ok: false; problems: string[] };

export function readCsvFile(bytes: Uint8Array, columns: { required: string[]; optional?: string[] }): CsvRead {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, problems: [`The file is ${mb} MB; the limit is 50 MB. Split it (for example by session) and import the parts.`] };
  }
  const notUtf8 = {
    ok: false as const,
    problems: ["The file is not UTF-8 text (Excel on Chinese Windows saves GBK). In Excel choose Save As > \"CSV UTF-8\", then import that file."],
  };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return notUtf8;
  }
  if (looksLikeGbk(text, bytes)) return notUtf8;
  const headerLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (!headerLine.includes(",")) {
    const separator = headerLine.includes(";") ? "semicolons" : headerLine.includes("\t") ? "tabs" : null;
    return {
      ok: false,
      problems: [separator ? `The columns are separated by ${separator}; this import needs commas (CSV).` : "The first line should name the columns, separated by commas."],
    };
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return { ok: false, problems: [`The file is not valid CSV${where ? ` near row ${where}` : ""}: check for an unclosed quote.`] };
  }
  const header = (records[0]?.record ?? []).map((name) => name.trim().toLowerCase().replace(/\s+/g, "_"));
  const allowed = new Set([...columns.required, ...(columns.optional ?? [])]);
  const problems: string[] = [];
  const missing = columns.required.filter((name) => !header.includes(name));
  if (missing.length) problems.push(`Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The template's columns are ${[...allowed].join(", ")}.`);
  const unknown = header.filter((name) => !allowed.has(name));
  if (unknown.length) problems.push(`Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The template's columns are ${[...allowed].join(", ")}.`);
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length) problems.push(`Column ${repeated.join(", ")} appears more than once.`);
  if (problems.length) return { ok: false, problems };

  const rows: Array<{ line: number; cells: Record<string, string> }> = [];
  for (let index = 1; index < records.length; index++) {
    const { record, info } = records[index];
    // The row number a spreadsheet shows (the header is row 1; blank lines count).
    const line = info.lines;
    if (record.length !== header.length) {
      problems.push(`Row ${line} has ${record.length} cells but the header has ${header.length}.`);
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((name, column) => [name, record[column]])) });
  }
  if (rows.length === 0 && problems.length === 0) problems.push("The file has a header but no rows.");
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
