import type { UnmatchedNameKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/import/types";
import { compactKey, hanSyllables } from "@/lib/search/text";

// Matching the names in a file to people, organizations and ministries already recorded: the
// English or Chinese name exactly, an alias, or pinyin (tone marks or tone numbers, spaces and
// case do not matter: "Ma Huateng", "mǎ huàténg", "ma3 hua4 teng2" all find 马化腾). Pinyin of a
// record comes from its pinyin field and from its Chinese name (pinyin-pro, surname readings).
// A name that matches nothing goes to the unmatched-names queue; once an editor links it to a
// record (or creates one, or ignores it), the same name resolves that way on the next run.

export type Match =
  | { status: "found"; type: "person" | "organization"; id: string; label: string }
  | { status: "ambiguous"; labels: string[] }
  | { status: "ignored" }
  | { status: "unmatched" };

interface Candidate {
  type: "person" | "organization";
  id: string;
  label: string;
}

class NameIndex {
  private exact = new Map<string, Candidate[]>();
  private pinyin = new Map<string, Candidate[]>();

  add(candidate: Candidate, names: Array<string | null | undefined>, pinyinNames: Array<string | null | undefined>) {
    for (const name of names) if (name) this.put(this.exact, compactKey(name), candidate);
    for (const name of pinyinNames) if (name) this.put(this.pinyin, compactKey(name), candidate);
  }

  private put(map: Map<string, Candidate[]>, key: string, candidate: Candidate) {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((entry) => entry.id === candidate.id)) list.push(candidate);
    map.set(key, list);
  }

  find(name: string): Candidate[] {
    const key = compactKey(name);
    const exact = this.exact.get(key);
    if (exact) return exact;
    if (/[\u3400-\u9fff]/.test(name)) return [];
    return this.pinyin.get(key) ?? this.pinyin.get(key.replace(/[1-5]/g, "")) ?? [];
  }
}

/** The folded form a queue entry is keyed by. */
export const matchKeyOf = (name: string) => compactKey(name) || name.trim().toLowerCase();

const chinesePinyin = (nameZh: string | null) => (nameZh ? hanSyllables(nameZh, true).join("") : null);

export class NameMatcher {
  private parties = new NameIndex();
  private ministries = new NameIndex();
  private resolved = new Map<string, { status: string; candidate?: Candidate }>();
  /** Names this run could not match, by queue key; the caller puts them in the queue. */
  readonly unmatched = new Map<string, { kind: UnmatchedNameKind; name: string; line: number }>();

  static async load(db: Tx): Promise<NameMatcher> {
    const matcher = new NameMatcher();
    const [people, organizations, queue] = await Promise.all([
      db.person.findMany({ where: { deletedAt: null }, select: { id: true, nameEn: true, nameZh: true, pinyin: true, aliases: true } }),
      db.organization.findMany({ where: { deletedAt: null }, select: { id: true, kind: true, nameEn: true, nameZh: true, aliases: true } }),
      db.unmatchedName.findMany({ where: { status: { not: "OPEN" } }, select: { kind: true, matchKey: true, status: true, personId: true, organizationId: true } }),
    ]);
    const byId = new Map<string, Candidate>();
    for (const person of people) {
      const candidate: Candidate = { type: "person", id: person.id, label: person.nameZh ? `${person.nameEn} (${person.nameZh})` : person.nameEn };
      byId.set(person.id, candidate);
      matcher.parties.add(candidate, [person.nameEn, person.nameZh, ...person.aliases], [person.pinyin, chinesePinyin(person.nameZh), person.nameEn]);
    }
    for (const organization of organizations) {
      const candidate: Candidate = { type: "organization", id: organization.id, label: organization.nameEn };
      byId.set(organization.id, candidate);
      const index = organization.kind === "MINISTRY" ? matcher.ministries : matcher.parties;
      index.add(candidate, [organization.nameEn, organization.nameZh, ...organization.aliases], [chinesePinyin(organization.nameZh)]);
    }
    for (const entry of queue) {
      const target = entry.personId ?? entry.organizationId;
      matcher.resolved.set(`${entry.kind}|${entry.matchKey}`, { status: entry.status, candidate: target ? byId.get(target) : undefined });
    }
    return matcher;
  }

  /** A submitter or co-signer (person or organization) or a ministry, as written in row `line`. */
  match(kind: UnmatchedNameKind, name: string, line: number): Match {
    const found = (kind === "MINISTRY" ? this.ministries : this.parties).find(name);
    if (found.length === 1) return { status: "found", ...found[0] };
    if (found.length > 1) return { status: "ambiguous", labels: found.map((candidate) => candidate.label) };
    const key = `${kind}|${matchKeyOf(name)}`;
    const resolved = this.resolved.get(key);
    if (resolved?.status === "IGNORED") return { status: "ignored" };
    if (resolved?.candidate) return { status: "found", ...resolved.candidate };
    if (!this.unmatched.has(key)) this.unmatched.set(key, { kind, name: name.trim(), line });
    return { status: "unmatched" };
  }
}

/** Puts this run's unmatched names in the queue (once per name; a repeat counts as seen again). */
export async function queueUnmatchedNames(db: Tx, matcher: NameMatcher, source: string): Promise<void> {
  for (const { kind, name, line } of matcher.unmatched.values()) {
    const matchKey = matchKeyOf(name);
    await db.unmatchedName.upsert({
      where: { kind_matchKey: { kind, matchKey } },
      create: { kind, name, matchKey, firstSeenIn: `${source}, row ${line}` },
      update: { seenCount: { increment: 1 } },
    });
  }
}
