import type { Body } from "@/lib/generated/prisma/enums";
import { compactKey, normalizeText, pinyinOf, splitPieces, textTokens } from "@/lib/search/text";

// One row of the search index, built from plain values (no database here): used by the write
// paths through lib/search/reindex.ts and by the benchmark's bulk generator alike.

export type SearchKind = "submission" | "reply" | "person" | "organization" | "ministry" | "topic" | "angle" | "note";

export const kindCodes: Record<SearchKind, string> = {
  submission: "s", reply: "r", person: "p", organization: "o", ministry: "m", topic: "t", angle: "a", note: "n",
};

/** Kinds offered as suggestions while typing: things with names. */
export const suggestKinds: readonly SearchKind[] = ["person", "organization", "ministry", "topic"];

export interface DocumentField {
  text: string | null | undefined;
  /** A name: compact form ("n:ponyma"), prefixes for suggestions, pinyin read as a name. */
  name?: boolean;
  /** A title or name: Chinese in it is indexed as pinyin too, and it is an exact-match key. */
  title?: boolean;
}

export interface DocumentInput {
  kind: SearchKind;
  entityId: string;
  submissionId?: string | null;
  year?: number | null;
  body?: Body | null;
  href: string;
  title: string;
  titleZh?: string | null;
  subtitle?: string | null;
  subtitleZh?: string | null;
  content: string;
  sortAt: Date;
  fields: DocumentField[];
  /** For a submission's documents: its topics, ministries, reply classes... (lib/search/filter-tokens.ts). */
  facets?: string[];
}

export interface SearchDocumentRow {
  id: string;
  kind: SearchKind;
  entityId: string;
  submissionId: string | null;
  year: number | null;
  body: Body | null;
  href: string;
  title: string;
  titleZh: string | null;
  subtitle: string | null;
  subtitleZh: string | null;
  content: string;
  haystack: string;
  pinyin: string;
  exactKeys: string[];
  tokens: string[];
  prefixes: string[];
  sortAt: Date;
}

const MAX_PREFIX = 24;
const MAX_CONTENT = 20_000;

function addPrefixes(into: Set<string>, key: string): void {
  const chars = Array.from(key);
  for (let i = 1; i <= Math.min(chars.length, MAX_PREFIX); i++) into.add(`s:${chars.slice(0, i).join("")}`);
}

/** About a month: documents of one bucket are newer than all documents of earlier buckets. */
export const BUCKET_MS = 30 * 86_400_000;

export function recencyBucket(date: Date): number {
  return Math.floor(date.getTime() / BUCKET_MS);
}

/** Kinds that belong to a submission and so have a year and a body. */
export const recordKinds: readonly SearchKind[] = ["submission", "reply", "angle", "note"];

/**
 * Tokens that put a document in its kind, year, body and recency bucket, so that filters and
 * "newest first" are answered inside the GIN index, never by reading rows one by one.
 */
export function scopeTokens(input: Pick<DocumentInput, "kind" | "year" | "body" | "sortAt" | "facets">): string[] {
  const tokens = [`t:${recencyBucket(input.sortAt)}`];
  if (input.year) tokens.push(`y:${input.year}`);
  if (input.body) tokens.push(`b:${input.body.toLowerCase()}`);
  if (recordKinds.includes(input.kind)) tokens.push(...(input.facets ?? []));
  return tokens;
}

export function documentId(kind: SearchKind, entityId: string): string {
  return `${kind}:${entityId}`;
}

export function buildDocument(input: DocumentInput): SearchDocumentRow {
  const tokens = new Set<string>();
  const prefixes = new Set<string>();
  const exactKeys = new Set<string>();
  const pinyin: string[] = [];
  const haystack: string[] = [];
  const suggest = input.kind === "person" || input.kind === "organization" || input.kind === "ministry" || input.kind === "topic";

  for (const field of input.fields) {
    const text = field.text?.trim();
    if (!text) continue;
    const normalized = normalizeText(text);
    haystack.push(normalized);
    textTokens(text, tokens);
    const compact = compactKey(text);
    const reading = field.title || field.name ? pinyinOf(text, Boolean(field.name)) : null;
    if (reading) {
      for (const token of reading.tokens) tokens.add(token);
      pinyin.push(...reading.compact);
      // Only a record's own title or name makes it an exact match, not a submitter's name in it.
      if (compact && field.title) {
        exactKeys.add(compact);
        tokens.add(`x:${compact}`);
        for (const syllables of reading.compact) tokens.add(`x:${syllables}`);
      }
    }
    if (field.name && compact) {
      tokens.add(`n:${compact}`);
      for (const syllables of reading?.compact ?? []) tokens.add(`n:${syllables}`);
      if (suggest) {
        addPrefixes(prefixes, compact);
        for (const piece of splitPieces(normalized)) addPrefixes(prefixes, piece.text);
        for (const syllables of reading?.compact ?? []) addPrefixes(prefixes, syllables);
      }
    }
  }

  for (const token of scopeTokens(input)) tokens.add(token);
  const code = kindCodes[input.kind];

  return {
    id: documentId(input.kind, input.entityId),
    kind: input.kind,
    entityId: input.entityId,
    submissionId: input.submissionId ?? null,
    year: input.year ?? null,
    body: input.body ?? null,
    href: input.href,
    title: input.title,
    titleZh: input.titleZh ?? null,
    subtitle: input.subtitle ?? null,
    subtitleZh: input.subtitleZh ?? null,
    content: input.content.slice(0, MAX_CONTENT),
    // Newlines between fields, so a phrase never matches across two of them.
    haystack: haystack.join("\n"),
    pinyin: pinyin.join(" "),
    exactKeys: [...exactKeys],
    // Every token carries its kind: each kind has its own short posting lists in the one GIN index,
    // so "the newest five people matching X" never reads through a hundred thousand submissions.
    tokens: [...tokens].map((token) => `${code}|${token}`),
    prefixes: [...prefixes],
    sortAt: input.sortAt,
  };
}
