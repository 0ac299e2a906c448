import { glossary } from "@/lib/search/glossary";
import { compactKey, hanTokens, MAX_WORD, normalizeText, splitPieces, splitPinyin, stemWord } from "@/lib/search/text";

// A reader's query, parsed into what the SQL needs: groups that must all match, each group a list
// of alternatives (any may match), each alternative a set of index tokens plus an optional exact
// recheck. Nothing the reader typed reaches SQL except as a bound parameter, every alternative
// has at least one token (the GIN index always narrows the scan), and the query is cut to a
// bounded size first: a 10,000-character paste costs what a 100-character one does.

export const MAX_QUERY_CHARS = 100;
const MAX_GROUPS = 8;

export interface Alternative {
  tokens: string[];
  /** Exact recheck: the LIKE pattern (already escaped) and the column it applies to. */
  recheck?: { column: "haystack" | "pinyin"; pattern: string };
}

export interface QueryGroup {
  text: string;
  alternatives: Alternative[];
}

/** What a result's text is highlighted with. */
export interface HighlightTerms {
  /** Chinese strings shown as they are. */
  han: string[];
  /** Stems of English words. */
  stems: string[];
  /** Pinyin syllable sequences, matched against Chinese characters. */
  pinyin: string[][];
}

export interface ParsedQuery {
  /** The query as used, after trimming and cutting. */
  text: string;
  groups: QueryGroup[];
  /** Token of a title or name equal to the whole query: ranks first. */
  exactToken: string;
  highlight: HighlightTerms;
}

/** Escapes LIKE's wildcards; the pattern is used with ESCAPE '\'. */
export function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The query as a reader sees it echoed back: no control characters, bounded length. */
export function cleanQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return "";
  const cleaned = value.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]+/gu, " ").replace(/\s+/g, " ").trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_CHARS).join("").trim();
}

const glossaryIndex = new Map<string, readonly string[]>();
for (const set of glossary) for (const term of set) glossaryIndex.set(compactKey(term), set);

function hanAlternative(run: string): Alternative {
  const chars = Array.from(run);
  if (chars.length === 1) return { tokens: chars };
  // A pair is one bigram token; a longer phrase needs its bigrams and, for their order, a recheck.
  const bigrams = hanTokens(run).slice(chars.length);
  if (chars.length === 2) return { tokens: bigrams };
  return { tokens: [...new Set(bigrams)], recheck: { column: "haystack", pattern: likeContains(run) } };
}

function englishAlternative(words: string[]): Alternative | null {
  const stems = [...new Set(words.filter((word) => word.length <= MAX_WORD).map(stemWord))];
  return stems.length > 0 ? { tokens: stems } : null;
}

function pinyinAlternative(words: string[]): Alternative | null {
  const compact = words.join("").replace(/([a-z])[1-5]/g, "$1");
  const syllables = splitPinyin(compact);
  // One syllable is every 马, 吗 and 妈 at once: too loose to be what a reader meant.
  if (!syllables || syllables.length < 2) return null;
  const tokens = syllables.slice(1).map((syllable, i) => `p:${syllables[i]}${syllable}`);
  // Two syllables are one pair token, exact already; longer ones need their order rechecked.
  if (syllables.length === 2) return { tokens };
  return { tokens: [...new Set(tokens)], recheck: { column: "pinyin", pattern: likeContains(syllables.join("")) } };
}

interface Run {
  kind: "han" | "word";
  words: string[];
}

/** Neighbouring Latin words form one run ("Lei Jun"); Chinese runs stand alone. */
function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const piece of splitPieces(normalizeText(text))) {
    const last = runs[runs.length - 1];
    if (piece.kind === "word" && last?.kind === "word") last.words.push(piece.text);
    else runs.push({ kind: piece.kind, words: [piece.text] });
  }
  return runs;
}

function alternativesOf(run: Run, highlight: HighlightTerms): Alternative[] {
  const alternatives: Alternative[] = [];
  if (run.kind === "han") {
    alternatives.push(hanAlternative(run.words[0]));
    highlight.han.push(run.words[0]);
  } else {
    const english = englishAlternative(run.words);
    if (english) {
      alternatives.push(english);
      highlight.stems.push(...english.tokens);
    }
    const pinyin = pinyinAlternative(run.words);
    if (pinyin) {
      alternatives.push(pinyin);
      highlight.pinyin.push(splitPinyin(run.words.join("").replace(/([a-z])[1-5]/g, "$1")) ?? []);
    }
    const compact = run.words.join("");
    if (compact.length <= 60) alternatives.push({ tokens: [`n:${compact}`] });
  }
  return alternatives;
}

export function parseQuery(raw: string): ParsedQuery {
  const text = cleanQuery(raw);
  const highlight: HighlightTerms = { han: [], stems: [], pinyin: [] };
  const groups: QueryGroup[] = [];
  for (const run of runsOf(text).slice(0, MAX_GROUPS)) {
    const alternatives = alternativesOf(run, highlight);
    const synonyms = glossaryIndex.get(run.words.join(""));
    for (const term of synonyms ?? []) {
      for (const synonymRun of runsOf(term)) {
        if (synonymRun.kind === "han" && synonymRun.words[0] !== run.words[0]) {
          alternatives.push(hanAlternative(synonymRun.words[0]));
          highlight.han.push(synonymRun.words[0]);
        } else if (synonymRun.kind === "word") {
          const english = englishAlternative(synonymRun.words);
          if (english) {
            alternatives.push(english);
            highlight.stems.push(...english.tokens);
          }
        }
      }
    }
    const usable = alternatives.filter((alternative) => alternative.tokens.length > 0);
    if (usable.length > 0) groups.push({ text: run.words.join(" "), alternatives: dedupe(usable) });
  }
  const compact = compactKey(text);
  highlight.pinyin = highlight.pinyin.filter((sequence) => sequence.length > 0);
  return { text, groups, exactToken: `x:${compact}`, highlight };
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alternative) => {
    const key = JSON.stringify(alternative);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
