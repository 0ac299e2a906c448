// Addresses of the synthetic records synthetic-fixtures.ts writes for the browser tests.
export const SYNTHETIC = {
  year: 2000,
  person: "synthetic-person-e2e",
  oldPersonSlug: "synthetic-person-e2e-old-name",
  ministry: "synthetic-ministry-e2e",
  topic: "synthetic-topic-e2e",
  submission: "synthetic-submission-e2e-1",
} as const;
