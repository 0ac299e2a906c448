import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { refuse, writePlanned } from "@/lib/import/kinds/shared";
import { freeSlugs } from "@/lib/import/kinds/slugs";
import type { ImportKind, RowOutcome } from "@/lib/import/types";
import { splitList, text } from "@/lib/import/values";
import { reindexOrganization, reindexPerson } from "@/lib/search/reindex";
import { compactKey } from "@/lib/search/text";
import { slugify } from "@/lib/slug";

// People and organizations. Natural key: the Chinese name when the row gives one, otherwise the
// English name (case, spaces and tone marks aside); organizations also by kind. Aliases and
// sectors in the file are added to those recorded, never removed. New records are drafts.

interface NamedData {
  slugBase: string;
  kind?: OrganizationKind;
  fields: Record<string, string | null>;
  aliases: string[];
  sectors?: string[];
}

interface Existing {
  id: string;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  sectors?: string[];
  kind?: OrganizationKind;
  [field: string]: unknown;
}

function planNamed(rows: Parameters<ImportKind<NamedData>["plan"]>[1], existing: Existing[], noun: string, build: (cells: Record<string, string>) => NamedData | string) {
  const byKey = new Map<string, Existing>();
  for (const record of existing) {
    if (record.nameZh) byKey.set(`${record.kind ?? ""}|${compactKey(record.nameZh)}`, record);
    byKey.set(`${record.kind ?? ""}|${compactKey(record.nameEn)}`, record);
  }
  const seen = new Map<string, number>();
  return rows.map(({ line, cells }): RowOutcome<NamedData> => {
    const data = build(cells);
    if (typeof data === "string") return refuse(line, data);
    const key = `${data.kind ?? ""}|${compactKey(data.fields.nameZh ?? data.fields.nameEn ?? "")}`;
    if (seen.has(key)) return refuse(line, `repeats row ${seen.get(key)} (same name).`);
    seen.set(key, line);
    const name = data.fields.nameZh ? `${data.fields.nameEn} (${data.fields.nameZh})` : data.fields.nameEn;
    const found = byKey.get(key);
    if (!found) return { report: { line, action: "create", message: `Row ${line}: new ${noun}, ${name}.` }, planned: { line, action: "create", data } };
    const changed = Object.entries(data.fields).filter(([field, value]) => value !== null && value !== found[field]).map(([field]) => field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
    if (data.aliases.some((alias) => !found.aliases.includes(alias))) changed.push("aliases");
    if (data.sectors?.some((sector) => !found.sectors?.includes(sector))) changed.push("sectors");
    if (!changed.length) return { report: { line, action: "unchanged", message: `Row ${line}: ${name} is already recorded so, nothing to change.` }, planned: { line, action: "unchanged", existingId: found.id, data } };
    const merged = { ...data, aliases: [...new Set([...found.aliases, ...data.aliases])], sectors: data.sectors && [...new Set([...(found.sectors ?? []), ...data.sectors])] };
    return { report: { line, action: "update", message: `Row ${line}: changes ${changed.join(", ")} of ${name}.` }, planned: { line, action: "update", existingId: found.id, data: merged } };
  });
}

export const peopleKind: ImportKind<NamedData> = {
  name: "people",
  noun: "person",
  columns: { required: ["name_en", "name_zh"], optional: ["pinyin", "aliases", "bio_en", "bio_zh"] },
  example: { name_en: "Example Person", name_zh: "示例人", pinyin: "Shili Ren", aliases: "Example; E. Person", bio_en: "", bio_zh: "" },
  async plan(db, rows) {
    const existing = await db.person.findMany({ where: { deletedAt: null }, select: { id: true, nameEn: true, nameZh: true, pinyin: true, aliases: true, bioEn: true, bioZh: true } });
    return planNamed(rows, existing, "person", (cells) => {
      const nameEn = text(cells.name_en);
      if (!nameEn) return `"name en" is empty; every person needs an English (or pinyin) name.`;
      const fields = { nameEn, nameZh: text(cells.name_zh), pinyin: text(cells.pinyin), bioEn: text(cells.bio_en), bioZh: text(cells.bio_zh) };
      return { fields, aliases: splitList(cells.aliases), slugBase: slugify(fields.pinyin ?? nameEn).slice(0, 72) || "person" };
    });
  },
  async write(tx, rows, progress) {
    const creates = rows.filter((row) => row.action === "create");
    const slugs = await freeSlugs(tx, "person", creates.map((row) => row.data.slugBase));
    const slugOf = new Map(creates.map((row, index) => [row.data, slugs[index]]));
    await writePlanned(
      rows,
      progress,
      (batch) => tx.person.createMany({ data: batch.map((data) => ({ ...(data.fields as { nameEn: string }), aliases: data.aliases, slug: slugOf.get(data)!, status: "DRAFT" as const })) }),
      async (id, data) => {
        const fields = Object.fromEntries(Object.entries(data.fields).filter(([, value]) => value !== null));
        const updated = await tx.person.update({ where: { id }, data: { ...fields, aliases: data.aliases, version: { increment: 1 } }, select: { status: true } });
        if (updated.status === "PUBLISHED") await reindexPerson(tx, id);
      },
    );
  },
};

const kindWords: Record<string, OrganizationKind> = {
  company: "COMPANY", "公司": "COMPANY", "企业": "COMPANY",
  ministry: "MINISTRY", agency: "MINISTRY", "部委": "MINISTRY", "部门": "MINISTRY",
  party: "PARTY", "党派": "PARTY",
  group: "GROUP", "团体": "GROUP", "界别": "GROUP",
};

export const organizationsKind: ImportKind<NamedData> = {
  name: "organizations",
  noun: "organization",
  columns: { required: ["kind", "name_en", "name_zh"], optional: ["aliases", "sectors", "description_en", "description_zh"] },
  example: { kind: "company", name_en: "Example Technology Co.", name_zh: "示例科技公司", aliases: "Example Tech", sectors: "software; cloud", description_en: "", description_zh: "" },
  async plan(db, rows) {
    const existing = await db.organization.findMany({ where: { deletedAt: null }, select: { id: true, kind: true, nameEn: true, nameZh: true, aliases: true, sectors: true, descriptionEn: true, descriptionZh: true } });
    return planNamed(rows, existing, "organization", (cells) => {
      const kind = kindWords[cells.kind.trim().toLowerCase()];
      if (!kind) return `"kind" ${JSON.stringify(cells.kind)} must be company, ministry, party or group.`;
      const nameEn = text(cells.name_en);
      if (!nameEn) return `"name en" is empty; every organization needs an English name.`;
      const fields = { nameEn, nameZh: text(cells.name_zh), descriptionEn: text(cells.description_en), descriptionZh: text(cells.description_zh) };
      return { kind, fields, aliases: splitList(cells.aliases), sectors: splitList(cells.sectors), slugBase: slugify(nameEn).slice(0, 72) || "organization" };
    });
  },
  async write(tx, rows, progress) {
    const creates = rows.filter((row) => row.action === "create");
    const slugs = await freeSlugs(tx, "organization", creates.map((row) => row.data.slugBase));
    const slugOf = new Map(creates.map((row, index) => [row.data, slugs[index]]));
    await writePlanned(
      rows,
      progress,
      (batch) => tx.organization.createMany({ data: batch.map((data) => ({ ...(data.fields as { nameEn: string }), kind: data.kind!, aliases: data.aliases, sectors: data.sectors ?? [], slug: slugOf.get(data)!, status: "DRAFT" as const })) }),
      async (id, data) => {
        const fields = Object.fromEntries(Object.entries(data.fields).filter(([, value]) => value !== null));
        const updated = await tx.organization.update({ where: { id }, data: { ...fields, aliases: data.aliases, sectors: data.sectors, version: { increment: 1 } }, select: { status: true } });
        if (updated.status === "PUBLISHED") await reindexOrganization(tx, id);
      },
    );
  },
};
