"use client";

import type { Ref } from "react";

// The summary at the top of a form after a failed save: what went wrong overall, then each field
// with a link that moves focus to it. The only element of a form with role="alert", so a screen
// reader announces it once instead of every field error at the same time.

export interface SummaryItem {
  /** The id of the field to jump to (see fieldIds). */
  targetId: string;
  label: string;
  message: string;
}

interface FormErrorSummaryProps {
  title: string;
  items: SummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

export function FormErrorSummary({ title, items, ref }: FormErrorSummaryProps) {
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="form-error-summary-title"
      className="rounded-md border-2 border-accent bg-accent-soft p-4 text-ink"
    >
      <h2 id="form-error-summary-title" className="font-semibold">
        {title}
      </h2>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {items.map((item) => (
            <li key={`${item.targetId}:${item.message}`}>
              <a
                href={`#${item.targetId}`}
                className="text-accent underline"
                onClick={(event) => {
                  // Move focus, not only the scroll position, so typing goes into the field.
                  const target = document.getElementById(item.targetId);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
