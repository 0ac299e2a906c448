import { stringify } from "csv-stringify/sync";
import { importKinds } from "@/lib/import/kinds";
import type { ImportKindName } from "@/lib/import/types";

// The downloadable template of each kind, as CSV (UTF-8 with a BOM so Excel shows Chinese) and as
// JSON: the columns in order, with one example row that says it is an example.

export function templateColumns(kind: ImportKindName): string[] {
  const { required, optional } = importKinds[kind].columns;
  return [...required, ...optional];
}

export function csvTemplate(kind: ImportKindName): string {
  const columns = templateColumns(kind);
  const example = importKinds[kind].example;
  return `\uFEFF${stringify([columns, columns.map((column) => example[column] ?? "")], { record_delimiter: "\r\n" })}`;
}

export function jsonTemplate(kind: ImportKindName): string {
  const example = importKinds[kind].example;
  return `${JSON.stringify([Object.fromEntries(templateColumns(kind).map((column) => [column, example[column] ?? ""]))], null, 2)}\n`;
}
