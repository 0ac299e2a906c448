// Reading a cell: dates, lists, yes/no. A cell is always stored as the text it holds: a value that
// starts with = + - @ is kept as text and never evaluated (CSV downloads neutralize it on the way out).

/** A real calendar date written YYYY-MM-DD, or null (2022-02-30 is null). */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/** Why a date cell was refused, in an editor's words: `"referred on" 15/04/2022 is not a date; ...` */
export function dateProblem(column: string, value: string): string {
  const label = column.replace(/_/g, " ");
  const hint = /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(value) || /^\d{4}[/.]\d{1,2}[/.]\d{1,2}$/.test(value) || /年/.test(value)
    ? ` (dates must be written YYYY-MM-DD, e.g. 2022-04-15, so that 04/05 cannot mean two days)`
    : `; write it as YYYY-MM-DD, e.g. 2022-04-15`;
  return `"${label}" ${value || "(empty)"} is not a date${hint}.`;
}

/** Three months after referral, six for complex items; the 31st becomes the month's last day. */
export function replyDueOn(referredOn: Date, isComplex: boolean): Date {
  const months = isComplex ? 6 : 3;
  const year = referredOn.getUTCFullYear();
  const month = referredOn.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(referredOn.getUTCDate(), lastDay)));
}

/** "a; b；c、d" -> ["a", "b", "c", "d"]: semicolons (either width) and the Chinese list comma. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "").split(/[;；、]/).map((part) => part.trim()).filter(Boolean);
}

export function parseYesNo(value: string | undefined): boolean | null {
  const word = (value ?? "").trim().toLowerCase();
  if (["", "no", "false", "0", "否"].includes(word)) return false;
  if (["yes", "true", "1", "是"].includes(word)) return true;
  return null;
}

/** Empty cells are "not given" (null), never an empty string in the database. */
export const text = (value: string | undefined): string | null => (value && value.trim() ? value.trim() : null);

export const label = (column: string) => column.replace(/_/g, " ");
