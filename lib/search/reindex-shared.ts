import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchDocumentRow } from "@/lib/search/document";

// Small helpers shared by the reindex modules.

export type Tx = Prisma.TransactionClient;

export const visible = { status: "PUBLISHED", deletedAt: null } as const;

export const isPublic = (row: { status: string; deletedAt: Date | null } | null | undefined) =>
  Boolean(row && row.status === "PUBLISHED" && row.deletedAt === null);

export function join(parts: Array<string | null | undefined>, separator = "\n"): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}

export async function put(tx: Tx, id: string, row: SearchDocumentRow | null): Promise<void> {
  await tx.searchDocument.deleteMany({ where: { id } });
  if (row) await tx.searchDocument.create({ data: row });
}

export async function removeWhere(tx: Tx, where: Prisma.SearchDocumentWhereInput): Promise<void> {
  await tx.searchDocument.deleteMany({ where });
}
