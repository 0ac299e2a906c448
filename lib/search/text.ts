import { pinyin } from "pinyin-pro";
import { stemmer } from "stemmer";

// How text becomes search tokens. The index (lib/search/documents.ts) and the query parser
// (lib/search/query.ts) both go through these functions, so a word is always cut the same way on
// both sides. Everything happens here in the application, never in SQL: PGlite (C.UTF-8) and a
// PostgreSQL server with any locale then hold identical tokens and answer identically.
//
// - Chinese has no spaces: every Han character and every pair of neighbouring characters is a token,
//   so any substring can be found (one character, or a phrase through its bigrams plus an exact
//   recheck); ICU's dictionary segmentation (Intl.Segmenter) decides what counts as a word.
// - English words are Porter-stemmed ("vehicles" and "vehicle" meet at "vehicl").
// - Chinese names and titles also get their toneless pinyin, as syllables and syllable pairs
//   ("p:ma", "p:mahua"), so "Ma Huateng", "mahuateng" and "mǎ huà téng" all find 马化腾.
// - Names get a compact form without spaces ("n:ponyma") and titles an exact key ("x:...").

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Longest English word we index or look up; longer "words" are noise (hashes, pasted junk). */
export const MAX_WORD = 40;

/** Lower case, compatibility forms folded (full-width ＡＢＣ), tone marks and accents removed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").replace(CONTROL, " ").normalize("NFC").toLowerCase();
}

/** Normalized, with everything but letters and digits removed: "Pony Ma" -> "ponyma". */
export function compactKey(text: string): string {
  return normalizeText(text).replace(NOT_WORD, "");
}

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export interface TextPiece {
  kind: "han" | "word";
  text: string;
}

/**
 * Runs of Han characters and Latin/number words, in order. Neighbouring Chinese words that ICU
 * split apart are joined back into one run, so a phrase across a word boundary is still found.
 */
export function splitPieces(normalized: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) {
      // Punctuation or space ends a Chinese run; "self-driving" stays two words.
      pieces.push({ kind: "word", text: "" });
      continue;
    }
    for (const part of segment.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (isHan(part[0])) {
        const last = pieces[pieces.length - 1];
        if (last?.kind === "han") last.text += part;
        else pieces.push({ kind: "han", text: part });
      } else {
        for (const word of part.split(NOT_WORD)) if (word) pieces.push({ kind: "word", text: word });
      }
    }
  }
  return pieces.filter((piece) => piece.text !== "");
}

export function stemWord(word: string): string {
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/** Characters and bigrams of one Han run. */
export function hanTokens(run: string): string[] {
  const chars = Array.from(run);
  const tokens = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  return tokens;
}

/** Tokens of free text: Han characters and bigrams, stemmed words. */
export function textTokens(text: string, into: Set<string> = new Set()): Set<string> {
  for (const piece of splitPieces(normalizeText(text))) {
    if (piece.kind === "han") for (const token of hanTokens(piece.text)) into.add(token);
    else if (piece.text.length <= MAX_WORD) into.add(stemWord(piece.text));
  }
  return into;
}

/** Toneless pinyin syllables of a Han run ("马化腾" -> ma hua teng); surname readings for names. */
export function hanSyllables(run: string, name = false): string[] {
  const syllables = pinyin(run, { toneType: "none", type: "array", surname: name ? "head" : "off", nonZh: "removed", v: false });
  return syllables.map((syllable) => normalizeText(syllable).replace(NOT_WORD, ""));
}

/** Pinyin tokens and the compact pinyin of a Chinese name or title. */
export function pinyinOf(text: string, name = false): { tokens: string[]; compact: string[] } {
  const tokens: string[] = [];
  const compact: string[] = [];
  for (const run of normalizeText(text).match(HAN_RUN) ?? []) {
    const syllables = hanSyllables(run, name).filter(Boolean);
    if (syllables.length === 0) continue;
    compact.push(syllables.join(""));
    for (let i = 0; i < syllables.length; i++) {
      tokens.push(`p:${syllables[i]}`);
      if (i + 1 < syllables.length) tokens.push(`p:${syllables[i]}${syllables[i + 1]}`);
    }
  }
  return { tokens, compact };
}

let syllableSet: Set<string> | null = null;
let longestSyllable = 0;

/** Every toneless syllable pinyin-pro knows, read from its own dictionary once. */
function syllables(): Set<string> {
  if (syllableSet) return syllableSet;
  const all = new Set<string>();
  let chars = "";
  for (let code = 0x4e00; code <= 0x9fff; code++) chars += String.fromCharCode(code);
  for (const syllable of pinyin(chars, { toneType: "none", type: "array", v: false })) {
    const clean = normalizeText(syllable).replace(NOT_WORD, "");
    if (clean) all.add(clean);
  }
  for (const syllable of all) longestSyllable = Math.max(longestSyllable, syllable.length);
  syllableSet = all;
  return all;
}

/**
 * Splits run-together pinyin into syllables, fewest syllables first ("mahuateng" -> ma hua teng,
 * "xian" -> xian). Tone numbers may follow syllables ("ma3hua4teng2"). Null when it is not pinyin.
 */
export function splitPinyin(input: string): string[] | null {
  const text = input.replace(/([a-z])[1-5]/g, "$1");
  if (!/^[a-z]+$/.test(text) || text.length > 60) return null;
  const known = syllables();
  const best: Array<string[] | null> = new Array(text.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= text.length; end++) {
    for (let start = Math.max(0, end - longestSyllable); start < end; start++) {
      const before = best[start];
      const piece = text.slice(start, end);
      if (before && known.has(piece) && (!best[end] || best[end]!.length > before.length + 1)) {
        best[end] = [...before, piece];
      }
    }
  }
  return best[text.length];
}
