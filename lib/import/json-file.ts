import { columnName, type TableRead } from "@/lib/import/csv-file";

// A JSON file: a list of objects with the template's keys (or { "rows": [...] }). Values may be
// strings, numbers, booleans, null or, for list columns, arrays of strings. Item numbers count
// from 1 so "item 14" is the fourteenth object.

export function readJsonText(text: string): TableRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message.replace(/^JSON\.parse: /, "")})` : "";
    return { ok: false, problems: [`The file is not valid JSON${detail}.`] };
  }
  const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as { rows?: unknown }).rows) ? (data as { rows: unknown[] }).rows : null;
  if (!list) return { ok: false, problems: ['The JSON file should be a list of objects, [ {...}, {...} ], or { "rows": [ ... ] }.'] };
  const header: string[] = [];
  const problems: string[] = [];
  const rows = [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const line = index + 1;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      problems.push(`Item ${line} is not an object with named fields.`);
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const name = columnName(key);
      if (!header.includes(name)) header.push(name);
      if (value === null || value === undefined) cells[name] = "";
      else if (Array.isArray(value)) cells[name] = value.map(String).join("; ");
      else if (typeof value === "object") {
        problems.push(`Item ${line}: "${key}" holds an object; give text, a number or a list.`);
      } else cells[name] = String(value).trim();
    }
    rows.push({ line, cells });
  }
  if (problems.length) return { ok: false, problems };
  // Fields an item leaves out are empty cells, as in a spreadsheet.
  for (const row of rows) for (const name of header) row.cells[name] ??= "";
  return { ok: true, header, rows, notices: [] };
}
