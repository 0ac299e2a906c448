import type { ReactNode } from "react";

interface SectionProps {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  /** "side" sections sit in the narrow column, with the small uppercase heading style. */
  variant?: "main" | "side";
  children: ReactNode;
}

/** A labelled region of a record page: the heading names it for screen-reader navigation. */
export function Section({ id, title, intro, variant = "main", children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="grid content-start gap-3">
      <h2
        id={id}
        className={variant === "main" ? "text-2xl font-bold" : "text-sm font-semibold tracking-wide text-muted uppercase"}
      >
        {title}
      </h2>
      {intro && <p className="text-sm text-muted">{intro}</p>}
      {children}
    </section>
  );
}
