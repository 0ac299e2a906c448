import "server-only";
import { Feed, type Item } from "feed";
import type { FeedReply, FeedScope, FeedSubmission } from "@/lib/data/public/feed-items";
import { bilingualNameText } from "@/lib/format/labels";

// Atom 1.0 and RSS 2.0 from the `feed` package, which writes the required elements. It puts titles
// and summaries into CDATA sections marked type="html", so a reader renders them as HTML: our
// plain text is therefore HTML-escaped first (a title reading "<b>" must show those characters,
// and escaping `>` also rules out a "]]>" ending the CDATA early). Names and labels go into plain
// elements and attributes, which the serializer escapes itself. Neither step drops the control
// characters XML 1.0 forbids outright (a pasted U+0008 would make the whole feed unreadable), so
// all text passes through xmlText.

export type FeedFormat = "atom" | "rss";
export type FeedContent = "submissions" | "replies";

// eslint-disable-next-line no-control-regex
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlText = (text: string): string => text.replace(forbiddenInXml, "");

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Plain text for a type="html" field. */
export const htmlText = (text: string): string => xmlText(text).replace(/[&<>"']/g, (char) => htmlEntities[char]);
const paragraphs = (lines: string[]): string => lines.map((line) => `<p>${htmlText(line)}</p>`).join("");

const SITE = "Two Sessions Tracker 两会追踪";
const scopeLabel: Record<FeedScope["kind"], string> = {
  people: "by",
  organizations: "involving",
  ministries: "referred to",
  topics: "on",
};

const nameOf = (name: { nameEn: string; nameZh: string | null }) => bilingualNameText(name, "en");
const titleOf = (row: { titleEn: string | null; titleZh: string | null }) => row.titleEn ?? row.titleZh ?? "Untitled submission";
const kindOf = (body: "NPC" | "CPPCC") => (body === "NPC" ? "NPC suggestion" : "CPPCC proposal");

function submitters(parties: FeedSubmission["parties"]) {
  return parties.flatMap((party) => {
    const who = party.person ?? party.organization;
    return who ? [{ name: xmlText(nameOf(who)) }] : [];
  });
}

function submissionItem(row: FeedSubmission, origin: string): Item {
  const link = `${origin}/submissions/${encodeURIComponent(row.slug)}`;
  const authors = submitters(row.parties);
  const lines = [
    `${kindOf(row.body)}, ${row.session.year} session${authors.length ? `, filed by ${authors.map((a) => a.name).join(", ")}` : ""}.`,
    row.titleZh && row.titleEn ? row.titleZh : null,
    row.summaryEn,
    row.summaryZh,
  ].filter((line): line is string => Boolean(line));
  return {
    title: htmlText(titleOf(row)),
    id: link,
    link,
    date: row.updatedAt,
    published: row.publishedAt ?? row.updatedAt,
    description: paragraphs(lines),
    author: authors.length ? authors : [{ name: SITE }],
    // Atom requires term; the label is what readers show.
    category: row.topics.map((link) => ({ term: link.topic.slug, name: xmlText(link.topic.nameEn), scheme: `${origin}/topics/` })),
  };
}

function replyItem(row: FeedReply, origin: string): Item {
  const submission = row.referral.submission;
  const link = `${origin}/submissions/${encodeURIComponent(submission.slug)}#reply-${row.id}`;
  const ministry = nameOf(row.referral.ministry);
  const result = row.result ? ` (result ${row.result})` : "";
  const lines = [
    `${ministry} replied on ${row.repliedOn.toISOString().slice(0, 10)}${result} to the ${submission.session.year} ${kindOf(submission.body)} “${titleOf(submission)}”.`,
    row.summaryEn,
    row.summaryZh,
    row.signalEn ? `Signal: ${row.signalEn}` : null,
  ].filter((line): line is string => Boolean(line));
  return {
    title: htmlText(`${row.referral.ministry.nameEn} replied${result}: ${titleOf(submission)}`),
    id: `${origin}/api/v1/replies#${row.id}`,
    link,
    date: row.updatedAt,
    published: row.publishedAt ?? row.updatedAt,
    description: paragraphs(lines),
    author: [{ name: xmlText(ministry) }],
  };
}

export interface FeedInput {
  format: FeedFormat;
  content: FeedContent;
  scope: FeedScope | null;
  /** For the search feed: the words searched for. */
  query?: string;
  origin: string;
  /** This feed's own address, for the self link. */
  selfUrl: string;
  submissions?: FeedSubmission[];
  replies?: FeedReply[];
}

export function renderFeed(input: FeedInput): string {
  const { origin, scope } = input;
  const what = input.content === "submissions" ? "New submissions" : "New replies";
  const title = input.query
    ? `New submissions matching “${input.query}”`
    : scope
      ? `${what} ${scopeLabel[scope.kind]} ${nameOf(scope)}`
      : what;
  const page = input.query
    ? `${origin}/search?q=${encodeURIComponent(input.query)}`
    : scope
      ? `${origin}/${scope.kind}/${encodeURIComponent(scope.slug)}`
      : `${origin}/submissions`;
  const items =
    input.content === "submissions"
      ? (input.submissions ?? []).map((row) => submissionItem(row, origin))
      : (input.replies ?? []).map((row) => replyItem(row, origin));
  const updated = items.reduce((latest, item) => (item.date > latest ? item.date : latest), new Date(0));
  const feed = new Feed({
    id: input.selfUrl,
    // The feed's own title and subtitle are plain-text elements: escaped by the serializer.
    title: xmlText(`${title} · ${SITE}`),
    description: xmlText(`${title}: published records of China's two sessions from the Two Sessions Tracker.`),
    link: page,
    language: "en",
    updated: items.length ? updated : new Date(Date.UTC(2022, 0, 1)),
    generator: false,
    feedLinks: { [input.format]: input.selfUrl },
    author: { name: SITE, link: origin },
  });
  for (const item of items) feed.addItem(item);
  return input.format === "atom" ? feed.atom1() : feed.rss2();
}
