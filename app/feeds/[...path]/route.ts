import { cachedResponse, jsonError, publicOrigin, withRateLimit } from "@/lib/api/http";
import {
  getFeedScope,
  listFeedReplies,
  listFeedSubmissions,
  listFeedSubmissionsMatching,
  type FeedScopeKind,
} from "@/lib/data/public/feed-items";
import { renderFeed, type FeedContent, type FeedFormat } from "@/lib/feeds/build";

// Feeds, Atom and RSS:
//   /feeds/submissions.atom             /feeds/replies.rss
//   /feeds/people/<slug>/submissions.atom (also organizations, ministries, topics; .rss; replies)
//   /feeds/search.atom?q=<words>        new submissions the site's search (/search) finds for the words

const contentTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};
const scopes = new Set<FeedScopeKind>(["people", "organizations", "ministries", "topics"]);

function parseFile(file: string | undefined): { content: FeedContent; format: FeedFormat } | null {
  const match = /^(submissions|replies)\.(atom|rss)$/.exec(file ?? "");
  return match ? { content: match[1] as FeedContent, format: match[2] as FeedFormat } : null;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const notFound = () =>
  jsonError(404, { code: "not_found", message: "No such feed. See /api for the list of feeds." });

export async function GET(request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await context.params;
  return withRateLimit(request, async () => {
    const search = path.length === 1 ? /^search\.(atom|rss)$/.exec(path[0]) : null;
    if (search) return searchFeed(request, search[1] as FeedFormat);
    const file = parseFile(path[path.length - 1]);
    if (!file || (path.length !== 1 && path.length !== 3)) return notFound();
    let scope = null;
    if (path.length === 3) {
      const kind = path[0] as FeedScopeKind;
      if (!scopes.has(kind)) return notFound();
      scope = await getFeedScope(kind, decoded(path[1]));
      if (!scope) return notFound();
    }
    const origin = publicOrigin(request);
    const selfUrl = `${origin}/feeds/${path.map(encodeURIComponent).join("/")}`;
    const xml = renderFeed({
      ...file,
      scope,
      origin,
      selfUrl,
      ...(file.content === "submissions" ? { submissions: await listFeedSubmissions(scope) } : { replies: await listFeedReplies(scope) }),
    });
    return cachedResponse(request, xml, contentTypes[file.format]);
  });
}

async function searchFeed(request: Request, format: FeedFormat): Promise<Response> {
  const url = new URL(request.url);
  const values = url.searchParams.getAll("q");
  const query = values.length === 1 ? values[0].trim() : "";
  if (!query || query.length > 100) {
    return jsonError(400, {
      code: "invalid_query",
      message: "Give the words to follow once, as ?q=, up to 100 characters.",
      fields: { q: [values.length > 1 ? "given more than once" : query ? "at most 100 characters" : "required"] },
    });
  }
  const origin = publicOrigin(request);
  const selfUrl = `${origin}/feeds/search.${format}?q=${encodeURIComponent(query)}`;
  const xml = renderFeed({ format, content: "submissions", scope: null, query, origin, selfUrl, submissions: await listFeedSubmissionsMatching(query) });
  return cachedResponse(request, xml, contentTypes[format]);
}
