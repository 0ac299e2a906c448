import type { Body, PartyRole, TextProvenance } from "@/lib/generated/prisma/enums";
import { findSubmissions, keyString, refuse, submissionKey, waiting, writePlanned } from "@/lib/import/kinds/shared";
import { bulkInsert, type BulkTable } from "@/lib/import/kinds/bulk-insert";
import { freeSlugs } from "@/lib/import/kinds/slugs";
import type { ImportKind, RowOutcome } from "@/lib/import/types";
import { label, parseYesNo, splitList, text } from "@/lib/import/values";
import { reindexSubmission } from "@/lib/search/reindex";
import { submissionSlug } from "@/lib/slug";

// Submissions (NPC suggestions, CPPCC proposals) with their submitters and co-signers. Natural
// key: the session year, the body and the official number. Submitters and co-signers are names,
// matched to people or organizations (exact, alias, pinyin); a name that matches nothing holds the
// row in the unmatched-names queue. New submissions are drafts. Empty cells leave a field as it is.

const provenanceWords: Record<string, TextProvenance> = {
  official: "OFFICIAL_RELEASE", official_release: "OFFICIAL_RELEASE", "官方": "OFFICIAL_RELEASE",
  company: "COMPANY_PUBLISHED", company_published: "COMPANY_PUBLISHED", "公司": "COMPANY_PUBLISHED",
  media: "MEDIA_REPORT", media_report: "MEDIA_REPORT", "媒体": "MEDIA_REPORT",
  unknown: "UNKNOWN", "": "UNKNOWN",
};

interface Party {
  personId: string | null;
  organizationId: string | null;
  role: PartyRole;
  position: number;
}

interface SubmissionData {
  sessionId: string;
  body: Body;
  officialNumber: string;
  slugBase: string;
  fields: { titleEn: string | null; titleZh: string | null; summaryEn: string | null; summaryZh: string | null; isComplex: boolean | null; textProvenance: TextProvenance | null };
  /** null: the file gives no submitters, keep those recorded. */
  parties: Party[] | null;
}

const submissionTable = (slugOf: Map<SubmissionData, string>): BulkTable<SubmissionData> => ({
  table: "Submission",
  updatedAt: true,
  columns: [
    { name: "slug", type: "text", value: (data) => slugOf.get(data)! },
    { name: "sessionId", type: "text", value: (data) => data.sessionId },
    { name: "body", type: "enum:Body", value: (data) => data.body },
    { name: "officialNumber", type: "text", value: (data) => data.officialNumber },
    { name: "titleEn", type: "text", value: (data) => data.fields.titleEn },
    { name: "titleZh", type: "text", value: (data) => data.fields.titleZh },
    { name: "summaryEn", type: "text", value: (data) => data.fields.summaryEn },
    { name: "summaryZh", type: "text", value: (data) => data.fields.summaryZh },
    { name: "isComplex", type: "boolean", value: (data) => data.fields.isComplex ?? false },
    { name: "textProvenance", type: "enum:TextProvenance", value: (data) => data.fields.textProvenance ?? "UNKNOWN" },
    { name: "status", type: "enum:PublicationStatus", value: () => "DRAFT" },
  ],
});

const partyTable: BulkTable<Party & { submissionId: string }> = {
  table: "SubmissionParty",
  columns: [
    { name: "submissionId", type: "text", value: (party) => party.submissionId },
    { name: "role", type: "enum:PartyRole", value: (party) => party.role },
    { name: "personId", type: "text", value: (party) => party.personId },
    { name: "organizationId", type: "text", value: (party) => party.organizationId },
    { name: "position", type: "integer", value: (party) => party.position },
  ],
};

const fieldNames = ["titleEn", "titleZh", "summaryEn", "summaryZh", "isComplex", "textProvenance"] as const;
const partyKey = (parties: Party[]) => parties.map((party) => `${party.role}:${party.personId ?? party.organizationId}`).join(",");

export const submissionsKind: ImportKind<SubmissionData> = {
  name: "submissions",
  noun: "submission",
  columns: {
    required: ["year", "body", "official_number", "title_en", "title_zh"],
    optional: ["summary_en", "summary_zh", "submitters", "co_signers", "is_complex", "text_provenance"],
  },
  example: {
    year: "2022", body: "CPPCC", official_number: "1234", title_en: "Example: support the digital economy", title_zh: "示例：支持数字经济",
    summary_en: "", summary_zh: "", submitters: "Ma Huateng", co_signers: "", is_complex: "no", text_provenance: "media",
  },

  async plan(db, rows, { names }) {
    const years = [...new Set(rows.map((row) => Number(row.cells.year)).filter(Number.isInteger))];
    const sessions = new Map((await db.session.findMany({ where: { year: { in: years }, deletedAt: null }, select: { id: true, year: true } })).map((row) => [row.year, row.id]));
    const found = await findSubmissions(db, rows);
    const existing = found.size
      ? await db.submission.findMany({
          where: { id: { in: [...found.values()].map((row) => row.id) } },
          select: { id: true, titleEn: true, titleZh: true, summaryEn: true, summaryZh: true, isComplex: true, textProvenance: true, parties: { select: { personId: true, organizationId: true, role: true, position: true }, orderBy: { position: "asc" } } },
        })
      : [];
    const byId = new Map(existing.map((row) => [row.id, row]));
    const seen = new Map<string, number>();
    return rows.map(({ line, cells }): RowOutcome<SubmissionData> => {
      const key = submissionKey(cells);
      if (typeof key === "string") return refuse(line, key);
      const sessionId = sessions.get(key.year);
      if (!sessionId) return refuse(line, `there is no ${key.year} session in the tracker. Add the session first.`);
      const fields: SubmissionData["fields"] = {
        titleEn: text(cells.title_en), titleZh: text(cells.title_zh), summaryEn: text(cells.summary_en), summaryZh: text(cells.summary_zh),
        isComplex: parseYesNo(cells.is_complex), textProvenance: provenanceWords[cells.text_provenance.trim().toLowerCase().replace(/\s+/g, "_")] ?? null,
      };
      if (!fields.titleEn && !fields.titleZh) return refuse(line, `give a title in English ("title en") or Chinese ("title zh").`);
      if (fields.isComplex === null) return refuse(line, `"is complex" ${JSON.stringify(cells.is_complex)} must be yes or no.`);
      if (!fields.textProvenance) return refuse(line, `"text provenance" ${JSON.stringify(cells.text_provenance)} must be official, company, media or unknown.`);
      if (!cells.is_complex.trim()) fields.isComplex = null;
      if (!cells.text_provenance.trim()) fields.textProvenance = null;

      const parties: Party[] = [];
      const waitingOn: string[] = [];
      const problems: string[] = [];
      let firstLabel: string | null = null;
      for (const [column, role] of [["submitters", "SUBMITTER"], ["co_signers", "COSIGNER"]] as const) {
        for (const name of splitList(cells[column])) {
          const match = names.match("PERSON_OR_ORGANIZATION", name, line);
          if (match.status === "found") {
            firstLabel ??= match.label;
            parties.push({ personId: match.type === "person" ? match.id : null, organizationId: match.type === "organization" ? match.id : null, role, position: parties.length });
          } else if (match.status === "ambiguous") problems.push(`"${name}" in "${label(column)}" could be ${match.labels.join(" or ")}; use the full name`);
          else if (match.status === "unmatched") waitingOn.push(name);
        }
      }
      if (problems.length) return refuse(line, `${problems.join("; ")}.`);
      if (waitingOn.length) return waiting(line, waitingOn);
      const natural = keyString(key);
      if (seen.has(natural)) return refuse(line, `repeats row ${seen.get(natural)} (same year, body and official number).`);
      seen.set(natural, line);

      const hasParties = splitList(cells.submitters).length + splitList(cells.co_signers).length > 0;
      const data: SubmissionData = {
        sessionId, body: key.body, officialNumber: key.officialNumber, fields, parties: hasParties ? parties : null,
        slugBase: submissionSlug({ year: key.year, submitterSlug: firstLabel?.replace(/\(.*\)/, ""), title: fields.titleEn ?? `${key.body} ${key.officialNumber}` }),
      };
      const what = `${key.body} ${key.officialNumber} (${key.year})`;
      const current = found.get(natural);
      if (!current) return { report: { line, action: "create", message: `Row ${line}: new submission ${what}, ${fields.titleEn ?? fields.titleZh}.` }, planned: { line, action: "create", data } };
      const before = byId.get(current.id)!;
      const changed: string[] = fieldNames.filter((name) => fields[name] !== null && fields[name] !== before[name]).map((name) => name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
      if (data.parties && partyKey(data.parties) !== partyKey(before.parties)) changed.push("submitters");
      if (!changed.length) return { report: { line, action: "unchanged", message: `Row ${line}: ${what} is already recorded so, nothing to change.` }, planned: { line, action: "unchanged", existingId: current.id, data } };
      return { report: { line, action: "update", message: `Row ${line}: changes ${changed.join(", ")} of ${what}.` }, planned: { line, action: "update", existingId: current.id, data } };
    });
  },

  async write(tx, rows, progress) {
    const creates = rows.filter((row) => row.action === "create");
    const slugs = await freeSlugs(tx, "submission", creates.map((row) => row.data.slugBase));
    const slugOf = new Map(creates.map((row, index) => [row.data, slugs[index]]));
    await writePlanned(
      rows,
      progress,
      async (batch) => {
        const ids = await bulkInsert(tx, submissionTable(slugOf), batch);
        const parties = batch.flatMap((data, index) => (data.parties ?? []).map((party) => ({ ...party, submissionId: ids[index] })));
        await bulkInsert(tx, partyTable, parties);
      },
      async (id, data) => {
        const fields = Object.fromEntries(Object.entries(data.fields).filter(([, value]) => value !== null));
        const updated = await tx.submission.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: { status: true } });
        if (data.parties) {
          await tx.submissionParty.deleteMany({ where: { submissionId: id } });
          await tx.submissionParty.createMany({ data: data.parties.map((party) => ({ ...party, submissionId: id })) });
        }
        // Readers search what is published: keep its index current in the same transaction.
        if (updated.status === "PUBLISHED") await reindexSubmission(tx, id);
      },
    );
  },
};
