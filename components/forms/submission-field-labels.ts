// Names the error summary uses for each field of the submission form.

// In the order the fields appear on the page, which is also the order of the error summary.
const labels: Record<string, string> = {
  sessionId: "Session",
  officialNumber: "Official number",
  body: "Body",
  textProvenance: "Where the text comes from",
  titleEn: "Title (English)",
  titleZh: "Title (Chinese)",
  summaryEn: "Summary (English)",
  summaryZh: "Summary (Chinese)",
  fullTextEn: "Full text (English)",
  fullTextZh: "Full text (Chinese)",
  submitters: "Submitters",
  cosigners: "Co-signers",
  topicIds: "Topics",
  sources: "Sources",
  status: "Status",
  publishAt: "Publish at",
  version: "Version",
};

const sourceFieldLabels: Record<string, string> = {
  title: "title",
  publisher: "publisher",
  url: "web address",
  publishedOn: "date",
};

export function submissionFieldLabel(name: string): string {
  const parts = name.split(".");
  const [head, index, field] = parts;
  const position = Number(index) + 1;
  if (head === "submitters" && index !== undefined) return `Submitter ${position}`;
  if (head === "cosigners" && index !== undefined) return `Co-signer ${position}`;
  if (head === "sources" && index !== undefined) {
    return field ? `Source ${position}, ${sourceFieldLabels[field] ?? field}` : `Source ${position}`;
  }
  return labels[head] ?? head;
}

const fieldOrder = Object.keys(labels);

/** Sorts flat error names into page order: by field, then by row ("sources.1" before "sources.2"). */
export function compareSubmissionFields(a: string, b: string): number {
  const [headA, indexA = "-1"] = a.split(".");
  const [headB, indexB = "-1"] = b.split(".");
  const byField = fieldOrder.indexOf(headA) - fieldOrder.indexOf(headB);
  return byField !== 0 ? byField : Number(indexA) - Number(indexB);
}
