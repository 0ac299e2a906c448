// The public columns of a submission's own row, named once: the submission page and the API both
// start from these, so a column added for readers is added to both (and an internal one to neither).
export const submissionTextFields = {
  id: true,
  slug: true,
  body: true,
  officialNumber: true,
  titleEn: true,
  titleZh: true,
  titleIsQuote: true,
  summaryEn: true,
  summaryZh: true,
  fullTextEn: true,
  fullTextZh: true,
  textProvenance: true,
  publishedAt: true,
  updatedAt: true,
} as const;
