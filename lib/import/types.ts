import type { Prisma } from "@/lib/generated/prisma/client";
import type { NameMatcher } from "@/lib/import/names";

// The shapes every import kind shares: one pipeline (read the file, plan each row, write in one
// transaction) serves submissions, referrals, replies, people and organizations.

export type Tx = Prisma.TransactionClient;

export type RowAction = "create" | "update" | "unchanged" | "refuse" | "waiting";
export const rowActions: RowAction[] = ["create", "update", "unchanged", "refuse", "waiting"];

export interface RowReport {
  line: number;
  action: RowAction;
  /** What happens, or why not, in an editor's words. */
  message: string;
}

export interface ImportReport {
  /** True when a commit may go ahead: no file problem, no row waiting on a name, no refused row (unless skipped). */
  ok: boolean;
  /** Problems with the file as a whole; when set, no row was looked at. */
  fileProblems: string[];
  /** Things worth knowing that stop nothing (the file was GBK and has been decoded, etc.). */
  notices: string[];
  rows: RowReport[];
  counts: Record<RowAction, number>;
  /** Names that matched nothing and now wait in the queue. */
  unmatchedNames: string[];
}

export interface FileRow {
  /** The row number a spreadsheet shows (header is row 1), or the item number in a JSON list. */
  line: number;
  cells: Record<string, string>;
}

export interface PlannedRow<D> {
  line: number;
  action: "create" | "update" | "unchanged";
  existingId?: string;
  data: D;
}

export interface PlanContext {
  names: NameMatcher;
}

export interface RowOutcome<D> {
  report: RowReport;
  planned?: PlannedRow<D>;
}

export interface ImportKind<D> {
  name: ImportKindName;
  /** "referral", for messages. */
  noun: string;
  columns: { required: string[]; optional: string[] };
  /** One example row, for the templates (synthetic, clearly an example). */
  example: Record<string, string>;
  /** Checks every row and says what a commit would do; writes nothing. */
  plan(db: Tx, rows: FileRow[], context: PlanContext): Promise<RowOutcome<D>[]>;
  /** Writes the planned rows; calls `progress(rowsDone)` as it goes. */
  write(tx: Tx, rows: PlannedRow<D>[], progress: (done: number) => Promise<void>): Promise<void>;
}

export const importKindNames = ["submissions", "referrals", "replies", "people", "organizations"] as const;
export type ImportKindName = (typeof importKindNames)[number];
export const isImportKindName = (value: string): value is ImportKindName => (importKindNames as readonly string[]).includes(value);
