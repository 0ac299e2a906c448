import { hanTokens, MAX_WORD, normalizeText, splitPieces, stemWord } from "@/lib/search/text";

// Which submissions of different sessions may raise the same matter. Pure functions, no database:
// the text is cut into the search index's own tokens (Chinese bigrams, Porter-stemmed English
// words, lib/search/text.ts), each token weighted by how rare it is across all submissions
// (inverse document frequency), and two submissions compared by the cosine of their weighted
// token sets, plus a share for the topics they have in common. Only pairs sharing at least one
// fairly rare token are ever scored (an inverted index), so a scan of tens of thousands of
// submissions never compares every pair. English and Chinese wordings are compared within each
// language: both are tokens of one vector, so a bilingual record meets either kind of wording.

export interface RepeatCandidateInput {
  id: string;
  year: number;
  /** Title and summary in both languages, full text if any. */
  text: string;
  topicIds: string[];
}

export interface RepeatPair {
  /** The smaller id first: a pair has one key whichever side it was found from. */
  firstId: string;
  secondId: string;
  score: number;
  sharedTerms: string[];
}

/** The least score proposed to an editor. */
export const REPEAT_THRESHOLD = 0.3;
const TOPIC_SHARE = 0.2;
/** A token in more than this share of submissions says nothing about a matter. */
const MAX_DOCUMENT_SHARE = 0.25;
const MAX_SHARED_TERMS = 8;

// Words that say nothing about the matter raised, stemmed as the index stems them. IDF weighs
// common words down anyway; this list keeps a small corpus (a single session) from pairing on them.
const STOP = new Set(
  [
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "be", "been",
    "it", "its", "this", "that", "these", "those", "their", "they", "we", "our", "should", "would", "will", "can", "more",
    "about", "into", "than", "such", "also", "not", "no", "so", "which", "who", "has", "have", "had", "was", "were",
    "propos", "suggest", "suggestion", "proposal", "submiss", "call", "calls", "urg", "china", "chines", "nation", "nationwid",
  ].map((word) => stemWord(word)),
);
// Chinese pairs as common as "the" in English: "关于" (about), "建议" (suggestion), "提案" (proposal)...
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const STOP_HAN = new Set(["关于", "建议", "提案", "我国", "加快", "推动", "进一", "一步", "进一步", "的", "和", "在", "对", "加强", "促进", "完善"]);

/** The tokens that carry a matter: Chinese bigrams and English stems, without filler words. */
export function matterTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const piece of splitPieces(normalizeText(text))) {
    if (piece.kind === "han") {
      // Character pairs within the words ICU finds (新能源 / 汽车 / 充电桩), not across them: a pair
      // straddling two words ("车充") is noise that would make every text a little like every other.
      // Single characters match nearly everything and are left out.
      for (const { segment } of segmenter.segment(piece.text)) {
        const chars = Array.from(segment).length;
        if (chars < 2) continue;
        for (const token of hanTokens(segment).slice(chars)) if (!STOP_HAN.has(token)) tokens.add(token);
      }
    } else if (piece.text.length >= 3 && piece.text.length <= MAX_WORD && !/^\d+$/.test(piece.text)) {
      const stem = stemWord(piece.text);
      if (!STOP.has(stem)) tokens.add(stem);
    }
  }
  return tokens;
}

interface Vector {
  input: RepeatCandidateInput;
  tokens: string[];
  norm: number;
}

/**
 * Pairs of submissions from different years scoring at least `threshold`. When `onlyIds` is
 * given, only pairs with at least one side among them (a scan after saving a few records).
 */
export function findRepeatPairs(
  inputs: RepeatCandidateInput[],
  options: { threshold?: number; onlyIds?: ReadonlySet<string> } = {},
): RepeatPair[] {
  const threshold = options.threshold ?? REPEAT_THRESHOLD;
  const tokenSets = inputs.map((input) => matterTokens(input.text));
  const df = new Map<string, number>();
  for (const set of tokenSets) for (const token of set) df.set(token, (df.get(token) ?? 0) + 1);
  const n = inputs.length;
  // A token's weight: rare tokens count most; one in a single submission can pair nothing.
  const idf = (token: string) => Math.log(1 + n / (df.get(token) ?? 1));
  const maxDf = Math.max(2, Math.floor(n * MAX_DOCUMENT_SHARE));
  const usable = (token: string) => {
    const count = df.get(token) ?? 0;
    return count >= 2 && (n < 50 || count <= maxDf);
  };

  const vectors: Vector[] = inputs.map((input, index) => {
    const tokens = [...tokenSets[index]].filter(usable);
    const all = [...tokenSets[index]];
    return { input, tokens, norm: Math.sqrt(all.reduce((sum, token) => sum + idf(token) ** 2, 0)) };
  });

  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const token of vector.tokens) {
      const list = postings.get(token);
      if (list) list.push(index);
      else postings.set(token, [index]);
    }
  });

  const pairs: RepeatPair[] = [];
  vectors.forEach((vector, index) => {
    if (options.onlyIds && !options.onlyIds.has(vector.input.id)) return;
    const dot = new Map<number, { sum: number; shared: string[] }>();
    for (const token of vector.tokens) {
      const weight = idf(token) ** 2;
      for (const other of postings.get(token) ?? []) {
        if (other === index || vectors[other].input.year === vector.input.year) continue;
        const entry = dot.get(other) ?? { sum: 0, shared: [] };
        entry.sum += weight;
        entry.shared.push(token);
        dot.set(other, entry);
      }
    }
    for (const [other, { sum, shared }] of dot) {
      const partner = vectors[other];
      // Each pair once: from the smaller index, unless only the larger side is being scanned.
      if (other < index && (!options.onlyIds || options.onlyIds.has(partner.input.id))) continue;
      const cosine = vector.norm && partner.norm ? sum / (vector.norm * partner.norm) : 0;
      const score = (1 - TOPIC_SHARE) * cosine + TOPIC_SHARE * topicOverlap(vector.input.topicIds, partner.input.topicIds);
      if (score < threshold) continue;
      const [first, second] = vector.input.id < partner.input.id ? [vector.input, partner.input] : [partner.input, vector.input];
      const sharedTerms = shared.sort((a, b) => idf(b) - idf(a) || (a < b ? -1 : 1)).slice(0, MAX_SHARED_TERMS);
      pairs.push({ firstId: first.id, secondId: second.id, score: Math.round(score * 1000) / 1000, sharedTerms });
    }
  });
  return pairs.sort((a, b) => b.score - a.score || (a.firstId < b.firstId ? -1 : 1));
}

function topicOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  const shared = b.filter((topic) => set.has(topic)).length;
  return shared / new Set([...a, ...b]).size;
}
