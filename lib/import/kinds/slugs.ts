import type { Tx } from "@/lib/import/types";

// Free slugs for many new records at once: two queries for the whole file instead of two per row,
// then `-2`, `-3`... where a base is taken by a record, an old address (SlugRedirect) or an
// earlier row of the same file.

type SlugTable = "submission" | "person" | "organization";
const entityTypes: Record<SlugTable, string> = { submission: "Submission", person: "Person", organization: "Organization" };

async function takenLike(tx: Tx, table: SlugTable, bases: string[], prefix: boolean): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let start = 0; start < bases.length; start += 2000) {
    const part = bases.slice(start, start + 2000);
    const where = prefix ? { OR: part.map((base) => ({ slug: { startsWith: base } })) } : { slug: { in: part } };
    const rows = table === "submission"
      ? await tx.submission.findMany({ where, select: { slug: true } })
      : table === "person"
        ? await tx.person.findMany({ where, select: { slug: true } })
        : await tx.organization.findMany({ where, select: { slug: true } });
    for (const row of rows) taken.add(row.slug);
    const redirects = await tx.slugRedirect.findMany({
      where: { entityType: entityTypes[table], ...(prefix ? { OR: part.map((base) => ({ oldSlug: { startsWith: base } })) } : { oldSlug: { in: part } }) },
      select: { oldSlug: true },
    });
    for (const row of redirects) taken.add(row.oldSlug);
  }
  return taken;
}

export async function freeSlugs(tx: Tx, table: SlugTable, bases: string[]): Promise<string[]> {
  const exact = await takenLike(tx, table, [...new Set(bases)], false);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const crowded = [...counts].filter(([base, count]) => count > 1 || exact.has(base)).map(([base]) => base);
  const taken = crowded.length ? new Set([...exact, ...(await takenLike(tx, table, crowded, true))]) : exact;
  // Where each base's next try starts, so 10,000 rows sharing one base stay linear.
  const next = new Map<string, number>();
  return bases.map((base) => {
    let n = next.get(base) ?? 1;
    let candidate = n === 1 ? base : `${base}-${n}`;
    while (taken.has(candidate)) candidate = `${base}-${++n}`;
    next.set(base, n + 1);
    taken.add(candidate);
    return candidate;
  });
}
