"use client";

import Link from "next/link";

/**
 * The bar under a record form: save, cancel, and whether there are unsaved changes (read out as
 * they change). It sticks to the bottom of the window, so saving is never a long scroll away.
 */
export function FormSubmitBar({
  submitLabel, cancelHref, isSubmitting, isDirty,
}: { submitLabel: string; cancelHref: string; isSubmitting: boolean; isDirty: boolean }) {
  return (
    <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-4 border-t border-rule bg-paper px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.06)]">
      <button
        type="submit"
        disabled={isSubmitting}
        className="inline-flex items-center rounded-md bg-ink px-5 py-2 text-sm font-semibold text-white hover:bg-ink/85 disabled:opacity-60"
      >
        {isSubmitting ? "Saving…" : submitLabel}
      </button>
      <Link href={cancelHref} className="text-sm text-muted underline">
        Cancel
      </Link>
      <p className="text-sm text-muted" aria-live="polite">
        {isSubmitting ? "Saving…" : isDirty ? "Unsaved changes" : ""}
      </p>
    </div>
  );
}
