import type { Segment } from "@/lib/search/highlight";

// Matches in <mark>, everything as React text nodes: whatever a record contains is escaped.
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="rounded-sm bg-amber-200/80 px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
