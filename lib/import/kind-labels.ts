import type { ImportKindName } from "@/lib/import/types";

// What each import kind is called on the page (server and client components alike).
export const kindLabels: Record<ImportKindName, string> = {
  submissions: "Submissions (suggestions and proposals)",
  referrals: "Referrals to ministries",
  replies: "Ministries' replies",
  people: "People",
  organizations: "Organizations and ministries",
};
