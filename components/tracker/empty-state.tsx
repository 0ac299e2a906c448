import type { ReactNode } from "react";

interface EmptyStateProps {
  title: string;
  headingLevel?: "h1" | "h2";
  children: ReactNode;
}

/** A calm box for "nothing here yet", with what the reader can do next as children. */
export function EmptyState({ title, headingLevel = "h2", children }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div className="grid gap-2 rounded-md border border-dashed border-ink/25 bg-card px-6 py-10 text-center">
      <Heading className={headingLevel === "h1" ? "text-3xl font-bold" : "text-xl font-bold"}>{title}</Heading>
      <div className="text-muted">{children}</div>
    </div>
  );
}
