// Splits a stored text into paragraphs (blank lines between them, as TextBlock shows them) and
// each paragraph into runs, marking which highlighted ranges cover each run. Offsets stay those of
// the whole stored text, so the admin page can map a selection back and the public page can put
// each note's reference after the last run of its passage. Pure: used on the server and in the
// browser alike.

export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Ids of the ranges covering this run (empty: plain text). */
  ids: string[];
  /** Ids of the ranges that end with this run: where a footnote reference goes. */
  endsHere: string[];
}

export interface TextParagraph {
  start: number;
  end: number;
  runs: TextRun[];
}

/** Paragraph ranges: the text between blank lines, without surrounding whitespace. */
export function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const separator = /\n\s*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return ranges;
}

/** Ranges that really fall inside the text; anything else is ignored, never guessed at. */
export function segmentText(text: string, highlights: HighlightRange[]): TextParagraph[] {
  const valid = highlights.filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end);
  return paragraphRanges(text).map(({ start, end }) => {
    const cuts = new Set([start, end]);
    for (const range of valid) {
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: TextRun[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = valid.filter((range) => range.start < to && range.end > from);
      runs.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        ids: covering.map((range) => range.id),
        // A passage that runs past this paragraph gets its reference at the paragraph's end.
        endsHere: covering.filter((range) => range.end <= to || (to === end && range.end > end)).map((range) => range.id),
      });
    }
    return { start, end, runs };
  });
}
