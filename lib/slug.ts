// Slugs become public addresses that get cited (/submissions/[slug]), so the scheme is kept in one
// place: the seed and the admin forms must produce the same shapes. Pure functions, no server
// imports, so a client form can preview a slug too.

/** Lower-case ASCII words joined by hyphens. Tone marks and accents are folded ("Mǎ" -> "ma"). */
export function slugify(text: string): string {
  return words(text).join("-");
}

function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // "China's" -> "china": a possessive adds nothing to an address.
    .replace(/['’]s\b/g, "")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Words that make a title read well but an address long: articles, particles, and the verbs
// proposals open with ("Build up", "Use technology to", "Promote"), so the slug keeps the subject.
const skippedWords = new Set([
  "a", "an", "the", "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "into", "from",
  "as", "so", "that", "can", "be", "is", "are", "more", "up", "its", "their", "our",
  "accelerate", "ask", "build", "create", "develop", "encourage", "expedite", "guard", "against",
  "improve", "increase", "invest", "promote", "provide", "research", "strengthen", "support", "use",
]);

const titleWordCount = 3;
const maxSlugLength = 80;

export interface SubmissionSlugInput {
  year: number;
  /** Slug of the first submitter (person or organization), when there is one. */
  submitterSlug?: string | null;
  /** English title preferred; a Chinese-only title yields no words and is simply left out. */
  title?: string | null;
}

/**
 * `2022-ma-huateng-digital-economy-strengths`: year, submitter, a few words of the title.
 * Not unique by itself: pass the result through uniqueSlug().
 */
export function submissionSlug({ year, submitterSlug, title }: SubmissionSlugInput): string {
  const all = words(title ?? "");
  const significant = all.filter((word) => !skippedWords.has(word));
  // A title made only of skipped words ("Use more") still deserves its own words.
  const titleWords = (significant.length > 0 ? significant : all).slice(0, titleWordCount);
  const parts = [String(year), submitterSlug ? slugify(submitterSlug) : "", ...titleWords].filter(Boolean);
  return trimSlug(parts.join("-"));
}

function trimSlug(slug: string): string {
  if (slug.length <= maxSlugLength) return slug;
  return slug.slice(0, maxSlugLength).replace(/-[^-]*$/, "");
}

/**
 * The first of `base`, `base-2`, `base-3`... that `isTaken` says is free. `isTaken` is usually a
 * database lookup, so a concurrent insert can still collide: the unique index is the final guard.
 */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`No free slug found for "${base}"`);
}
