// Text-quote anchoring for notes (the W3C Web Annotation "TextQuoteSelector" with a
// "TextPositionSelector" hint): a note remembers the exact passage, a little context on each side
// and the offsets where it was. When the text changes we look for the passage again and either
// keep it, move it to where it unambiguously went, or give up and call it detached.
//
// Written here rather than taken from npm: dom-anchor-text-quote and its kin work on DOM ranges
// (we re-anchor on the server, inside the save's transaction, with no DOM) and fall back to fuzzy
// matching (approx-string-match), which by design lands on *similar* words: exactly the silent
// move to the wrong words this must never do. Exact matching plus context is small enough to test
// completely. Offsets are JavaScript string indices (UTF-16 code units), as the browser's
// Selection and textarea APIs give them.

/** How much context on each side is stored with a passage. */
export const CONTEXT_LENGTH = 32;
/**
 * Among several copies of a quote, context decides only if at least this many of its characters
 * still match: one shared space or "d " is a coincidence, not evidence.
 */
export const MIN_CONTEXT_MATCH = 6;

export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

export interface TextAnchor extends TextQuote {
  start: number;
  end: number;
}

export type AnchorResult =
  | { status: "kept"; start: number; end: number }
  | { status: "moved"; start: number; end: number }
  | { status: "detached" };

/** The selector for text[start, end), or null when the range is empty or out of bounds. */
export function describeRange(text: string, start: number, end: number): TextAnchor | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return null;
  const quote = text.slice(start, end);
  if (!quote.trim()) return null;
  return {
    quote,
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** Every index where `quote` starts in `text` (overlapping occurrences included). */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How many characters of the stored context still surround an occurrence at `at`. */
export function contextScore(text: string, at: number, anchor: TextQuote): number {
  const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length);
  return commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
}

/**
 * Finds the passage in the new text.
 * 1. The old offsets still hold the quote, and no other occurrence fits the context better: kept.
 * 2. The quote occurs once, or one occurrence fits the stored context strictly better than every
 *    other (by at least MIN_CONTEXT_MATCH characters of context): moved there.
 * 3. Otherwise (gone, or several equally likely places): detached. Never a guess.
 */
export function reanchor(text: string, anchor: TextAnchor): AnchorResult {
  const found = occurrences(text, anchor.quote);
  if (found.length === 0) return { status: "detached" };
  const length = anchor.quote.length;
  if (found.length === 1) {
    const [at] = found;
    return at === anchor.start ? { status: "kept", start: at, end: at + length } : { status: "moved", start: at, end: at + length };
  }
  const scored = found.map((at) => ({ at, score: contextScore(text, at, anchor) }));
  const best = Math.max(...scored.map((candidate) => candidate.score));
  const leaders = scored.filter((candidate) => candidate.score === best);
  const enough = Math.min(MIN_CONTEXT_MATCH, anchor.prefix.length + anchor.suffix.length);
  if (best < enough || best === 0) return { status: "detached" };
  const here = scored.find((candidate) => candidate.at === anchor.start);
  // The old place is among the best: staying put is never a move to other words.
  if (here && here.score === best) return { status: "kept", start: here.at, end: here.at + length };
  if (leaders.length === 1) return { status: "moved", start: leaders[0].at, end: leaders[0].at + length };
  return { status: "detached" };
}
