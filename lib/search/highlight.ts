import type { HighlightTerms } from "@/lib/search/query";
import { hanSyllables, normalizeText, stemWord } from "@/lib/search/text";

// Which parts of a result's text matched, as plain segments: the page renders them as React
// nodes (<mark> around hits), so the text is always escaped and no HTML is ever built here.

export interface Segment {
  text: string;
  hit: boolean;
}

const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Highlighting looks this far into a long text; the passage shown is near its start anyway. */
const SCAN_LIMIT = 6_000;

/** The text normalized character by character, remembering where each character came from. */
function normalizedWithMap(text: string): { normalized: string; from: number[]; to: number[] } {
  let normalized = "";
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = normalizeText(char);
    for (const unit of folded) {
      normalized += unit;
      for (let k = 0; k < unit.length; k++) {
        from.push(index);
        to.push(index + char.length);
      }
    }
    index += char.length;
  }
  return { normalized, from, to };
}

function rangesIn(text: string, terms: HighlightTerms): Array<[number, number]> {
  const { normalized, from, to } = normalizedWithMap(text.slice(0, SCAN_LIMIT));
  const ranges: Array<[number, number]> = [];
  const add = (start: number, end: number) => {
    if (end > start) ranges.push([from[start], to[end - 1]]);
  };
  for (const literal of terms.han) {
    if (!literal) continue;
    for (let at = normalized.indexOf(literal); at !== -1; at = normalized.indexOf(literal, at + literal.length)) {
      add(at, at + literal.length);
    }
  }
  if (terms.stems.length > 0) {
    const stems = new Set(terms.stems);
    for (const match of normalized.matchAll(WORD)) {
      if (stems.has(stemWord(match[0]))) add(match.index, match.index + match[0].length);
    }
  }
  if (terms.pinyin.length > 0) {
    for (const match of normalized.matchAll(HAN_RUN)) {
      const chars = Array.from(match[0]);
      const readings = [hanSyllables(match[0]), hanSyllables(match[0], true)];
      for (const sequence of terms.pinyin) {
        for (const syllables of readings) {
          if (syllables.length !== chars.length) continue;
          for (let i = 0; i + sequence.length <= syllables.length; i++) {
            if (sequence.every((syllable, k) => syllables[i + k] === syllable)) {
              const start = match.index + chars.slice(0, i).join("").length;
              add(start, start + chars.slice(i, i + sequence.length).join("").length);
            }
          }
        }
      }
    }
  }
  return ranges;
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function toSegments(text: string, ranges: Array<[number, number]>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}

/** The whole text, with its matches marked. */
export function highlight(text: string, terms: HighlightTerms): Segment[] {
  return toSegments(text, merge(rangesIn(text, terms)));
}

/** Never cut a character in half (a surrogate pair: emoji, rare Han characters). */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * A passage of about `length` characters around the first match, with "…" where it was cut; the
 * start of the text when nothing in it matched. Null for empty text.
 */
export function snippet(text: string, terms: HighlightTerms, length = 200): { segments: Segment[]; hit: boolean } | null {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return null;
  const ranges = merge(rangesIn(flat, terms));
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  start = safeIndex(flat, start);
  const end = safeIndex(flat, Math.min(flat.length, start + length));
  const inside = ranges
    .filter(([rangeStart, rangeEnd]) => rangeStart >= start && rangeEnd <= end)
    .map(([rangeStart, rangeEnd]): [number, number] => [rangeStart - start, rangeEnd - start]);
  const segments = toSegments(flat.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: "…", hit: false });
  if (end < flat.length) segments.push({ text: "…", hit: false });
  return { segments, hit: Boolean(first) };
}
