import type { ReactNode } from "react";

interface PageHeadingProps {
  eyebrow: ReactNode;
  title: ReactNode;
  children?: ReactNode;
}

/** The top of a record page: what kind of record, its name, and a line or two about it. */
export function PageHeading({ eyebrow, title, children }: PageHeadingProps) {
  return (
    <header className="grid gap-3">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{eyebrow}</p>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {children && <div className="grid max-w-prose gap-2 text-muted">{children}</div>}
    </header>
  );
}
