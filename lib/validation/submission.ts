import { z } from "zod";
import { Body, PublicationStatus, TextProvenance } from "@/lib/generated/prisma/enums";
import { draftStatuses, isIsoDay, optionalText, publishAtField } from "@/lib/validation/fields";

export { draftStatuses, isIsoDay };

// The one schema of the submission form. The react-hook-form resolver and the server actions both
// parse with it, so the browser and the server can never disagree about what is valid. Text is
// only trimmed: Chinese, emoji and any other character must round-trip exactly as typed.

export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // A dotted host (example.org, 例子.中国 as punycode, an IP) or localhost: "https://news" is a typo.
  const hostOk = url.hostname === "localhost" || /^[^.]+(\.[^.]+)+$/.test(url.hostname);
  return (url.protocol === "http:" || url.protocol === "https:") && hostOk;
}

export const partyKinds = ["person", "organization"] as const;
export type PartyKind = (typeof partyKinds)[number];

/** A picker value: "person:<id>" or "organization:<id>". */
export function partyRef(kind: PartyKind, id: string): string {
  return `${kind}:${id}`;
}

const partyRefPattern = /^(person|organization):([A-Za-z0-9_-]{1,64})$/;

export const partySchema = z.object({
  party: z
    .string()
    .regex(partyRefPattern, "Choose a person or an organization.")
    .transform((value) => {
      const [, kind, id] = partyRefPattern.exec(value) ?? [];
      return { kind: kind as PartyKind, id };
    }),
});

export const sourceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the source a title.")
    .max(500, "The source title is too long: at most 500 characters."),
  publisher: optionalText(200, "The publisher"),
  url: z
    .string()
    .trim()
    .max(2000, "The address is too long: at most 2,000 characters.")
    .refine((value) => value === "" || isHttpUrl(value), "Enter a full web address starting with http:// or https://.")
    .nullish()
    .transform((value) => (value ? value : null)),
  publishedOn: z
    .string()
    .trim()
    .refine((value) => value === "" || isIsoDay(value), "Enter the date as YYYY-MM-DD.")
    .nullish()
    .transform((value) => (value ? value : null)),
});

// Fields only: zod refuses .omit()/.extend() on a refined object, so the cross-field rules are
// applied to each variant below.
const submissionFieldsSchema = z.object({
  sessionId: z.string().min(1, "Choose the session."),
  body: z.enum(Body, { error: "Choose NPC (suggestion) or CPPCC (proposal)." }),
  officialNumber: optionalText(50, "The official number"),
  titleEn: optionalText(500, "The English title"),
  titleZh: optionalText(500, "The Chinese title"),
  titleIsQuote: z.boolean(),
  summaryEn: optionalText(5000, "The English summary"),
  summaryZh: optionalText(5000, "The Chinese summary"),
  fullTextEn: optionalText(200_000, "The English full text"),
  fullTextZh: optionalText(200_000, "The Chinese full text"),
  textProvenance: z.enum(TextProvenance, { error: "Choose where the text comes from." }),
  isComplex: z.boolean(),
  submitters: z.array(partySchema).min(1, "Add at least one submitter.").max(50, "At most 50 submitters."),
  cosigners: z.array(partySchema).max(300, "At most 300 co-signers."),
  topicIds: z
    .array(z.string().min(1))
    .max(100, "At most 100 topics.")
    .transform((ids) => [...new Set(ids)]),
  sources: z.array(sourceSchema).max(50, "At most 50 sources."),
  status: z.enum(PublicationStatus, { error: "Choose a status." }),
  /** A future time to publish at (editors only); empty publishes on save. */
  publishAt: publishAtField,
  /** The version the form loaded; a save against an older one is refused as a conflict. */
  version: z.number().int().positive(),
});

type ParsedParty = { party?: { kind?: string; id?: string } | string };
type CheckedFields = {
  titleEn?: unknown;
  titleZh?: unknown;
  submitters?: unknown;
  cosigners?: unknown;
  sources?: unknown;
};

function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Rules across fields. Runs even when another field failed (see `when` below), so the form shows
 * every problem at once; it reads defensively because a failed field keeps its raw value.
 */
function checkSubmission(value: CheckedFields, ctx: z.RefinementCtx): void {
  if (!value.titleEn && !value.titleZh) {
    ctx.addIssue({ code: "custom", path: ["titleEn"], message: "Give a title in English or Chinese (or both)." });
  }
  // The same person or organization listed twice, or as both submitter and co-signer.
  const seen = new Set<string>();
  for (const role of ["submitters", "cosigners"] as const) {
    asArray<ParsedParty>(value[role]).forEach((entry, index) => {
      const party = entry?.party;
      if (!party || typeof party !== "object") return;
      const key = `${party.kind}:${party.id}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [role, index, "party"], message: "Already listed above." });
      seen.add(key);
    });
  }
  const sourceKeys = new Set<string>();
  asArray<{ title?: unknown; publisher?: unknown }>(value.sources).forEach((source, index) => {
    if (typeof source?.title !== "string" || !source.title) return;
    const key = `${source.title}\u0000${typeof source.publisher === "string" ? source.publisher : ""}`;
    if (sourceKeys.has(key)) {
      ctx.addIssue({ code: "custom", path: ["sources", index, "title"], message: "This source is listed twice." });
    }
    sourceKeys.add(key);
  });
}

const alwaysCheck = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

export const submissionSchema = submissionFieldsSchema.superRefine(checkSubmission, alwaysCheck);

/** A new submission has no version yet. */
export const createSubmissionSchema = submissionFieldsSchema.omit({ version: true }).superRefine(checkSubmission, alwaysCheck);
/** An edit names the record and carries the version the form loaded. */
export const updateSubmissionSchema = submissionFieldsSchema
  .extend({ id: z.string().min(1) })
  .superRefine(checkSubmission, alwaysCheck);

/** What the form holds and the actions accept (before parsing). */
export type SubmissionFormValues = z.input<typeof submissionSchema>;
export type CreateSubmissionFormValues = z.input<typeof createSubmissionSchema>;
export type UpdateSubmissionFormValues = z.input<typeof updateSubmissionSchema>;
/** Parsed and trimmed: what the data layer takes. */
export type SubmissionInput = z.infer<typeof submissionSchema>;
export type CreateSubmissionInput = z.infer<typeof createSubmissionSchema>;
export type UpdateSubmissionInput = z.infer<typeof updateSubmissionSchema>;
export type SubmissionPartyInput = z.infer<typeof partySchema>["party"];
export type SourceFormValues = z.input<typeof sourceSchema>;

/** Shown when the form's version is older than the saved row (the form offers the latest beside it). */
export const submissionConflictMessage =
  "Someone else saved a newer version of this submission while you were editing. Nothing was saved: " +
  "your changes are still in the form, shown beside theirs so you can merge.";

export const emptySubmission: SubmissionFormValues = {
  sessionId: "",
  // Forces a deliberate choice: the body decides whether this is a suggestion or a proposal.
  body: "" as SubmissionFormValues["body"],
  officialNumber: "",
  titleEn: "",
  titleZh: "",
  titleIsQuote: false,
  summaryEn: "",
  summaryZh: "",
  fullTextEn: "",
  fullTextZh: "",
  textProvenance: "UNKNOWN",
  isComplex: false,
  submitters: [{ party: "" }],
  cosigners: [],
  topicIds: [],
  sources: [],
  status: "DRAFT",
  publishAt: "",
  version: 1,
};

export const emptySource: SourceFormValues = { title: "", publisher: "", url: "", publishedOn: "" };
