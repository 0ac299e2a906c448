// Readable names for record fields in history diffs and the audit log: "titleZh" -> "Title (Chinese)".

const special: Record<string, string> = {
  sessionId: "Session", submissionId: "Submission", ministryId: "Ministry", referralId: "Referral", personId: "Person",
  organizationId: "Organization", topicIds: "Topics", publishAt: "Publish at", slug: "Public address", isComplex: "Complex item",
  officialNumber: "Official number", referenceNumber: "Reference number", repliedOn: "Reply date", referredOn: "Referred on",
  textProvenance: "Where the text comes from", bioEn: "Biography (English)", bioZh: "Biography (Chinese)", titleIsQuote: "Title quotes the submission", cosigners: "Co-signers",
};

export function fieldName(key: string): string {
  if (special[key]) return special[key];
  const language = key.endsWith("En") ? " (English)" : key.endsWith("Zh") ? " (Chinese)" : "";
  const stem = language ? key.slice(0, -2) : key;
  const words = stem.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}${language}`;
}
