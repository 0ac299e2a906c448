import type { PublicationStatus } from "@/lib/generated/prisma/enums";

export const statusLabels: Record<PublicationStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

// Colour helps scanning a long list; the word carries the meaning.
const tones: Record<PublicationStatus, string> = {
  DRAFT: "border-ink/20 bg-paper text-muted",
  IN_REVIEW: "border-amber-700/30 bg-amber-50 text-amber-900",
  PUBLISHED: "border-emerald-700/30 bg-emerald-50 text-emerald-900",
  UNPUBLISHED: "border-accent/30 bg-accent-soft text-accent",
};

export function StatusBadge({ status }: { status: PublicationStatus }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded-sm border px-1.5 py-0.5 text-xs font-semibold ${tones[status]}`}>
      {statusLabels[status]}
    </span>
  );
}
