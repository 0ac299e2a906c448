import type { PublicationStatus } from "@/lib/generated/prisma/enums";

/** What every record form receives from its page besides lookups. */
export interface RecordFormPageProps<V> {
  recordId?: string;
  initialValues: V;
  readOnly?: boolean;
  allowedStatuses: readonly PublicationStatus[];
}

export const workflowLabels: Record<string, string> = { status: "Status", publishAt: "Publish at", slug: "Address", version: "Version" };
