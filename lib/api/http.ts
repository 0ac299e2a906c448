import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { parseQuery } from "@/lib/api/query";
import { consumeRequest } from "@/lib/api/rate-limit";
import type { ApiError } from "@/lib/api/schemas";
import type { ApiPage } from "@/lib/data/public/api-common";
import { readEnv } from "@/lib/env";

// The one wrapper every /api/v1 handler goes through: rate limit, query validation, the response
// schema as a last filter, ETag and cache headers. Errors are JSON with a code and a message a
// person can act on; nothing from an exception reaches the client.

export const API_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** The public address of the site, for links inside responses (behind a proxy, NEXTAUTH_URL). */
export function publicOrigin(request: Request): string {
  const configured = readEnv().NEXTAUTH_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, "");
}

export function jsonError(status: number, error: ApiError["error"], headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110 weak comparison: `*`, or any listed tag equal to ours with or without W/. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((raw) => {
    const tag = raw.trim();
    return tag === "*" || tag.replace(/^W\//, "") === etag;
  });
}

/** A body with an ETag and cache headers, answered 304 when the client already has it. */
export function cachedResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = etagOf(body);
  const headers = { ETag: etag, "Cache-Control": API_CACHE_CONTROL, Vary: "Accept-Encoding", ...extraHeaders };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

export function cachedJson(request: Request, payload: unknown, extraHeaders: Record<string, string> = {}): Response {
  return cachedResponse(request, JSON.stringify(payload), "application/json; charset=utf-8", extraHeaders);
}

/** Rate limit first, so that a client over its budget costs no database work. */
export async function withRateLimit(request: Request, handle: (headers: Record<string, string>) => Promise<Response>) {
  const decision = await consumeRequest(request);
  if (!decision.ok) {
    return jsonError(
      429,
      {
        code: "rate_limited",
        message: `Too many requests: the limit is ${decision.limit} a minute per client. Try again in ${decision.retryAfterSeconds} seconds.`,
      },
      { "Retry-After": String(decision.retryAfterSeconds), "X-RateLimit-Limit": String(decision.limit), "X-RateLimit-Remaining": "0" },
    );
  }
  try {
    return await handle({ "X-RateLimit-Limit": String(decision.limit), "X-RateLimit-Remaining": String(decision.remaining) });
  } catch (error) {
    console.error("API request failed", request.url, error);
    return jsonError(500, { code: "internal", message: "Something went wrong on our side. Please try again later." });
  }
}

export interface ListEndpoint<Q extends z.ZodObject, Item> {
  query: Q;
  item: z.ZodType<Item>;
  list: (query: z.output<Q> & { id?: string }, origin: string) => Promise<ApiPage<Item>>;
}

/** GET handler of a list endpoint: /api/v1/<things>?filters&limit&cursor. */
export function listHandler<Q extends z.ZodObject, Item>(endpoint: ListEndpoint<Q, Item>) {
  return async function GET(request: Request): Promise<Response> {
    return withRateLimit(request, async (rateHeaders) => {
      const url = new URL(request.url);
      const parsed = parseQuery(endpoint.query, url.searchParams);
      if (!parsed.ok) {
        const names = Object.keys(parsed.fields).join(", ");
        return jsonError(400, { code: "invalid_query", message: `Check these query parameters: ${names}.`, fields: parsed.fields }, rateHeaders);
      }
      const origin = publicOrigin(request);
      const page = await endpoint.list(parsed.value, origin);
      let next: string | null = null;
      if (page.nextCursor) {
        const nextUrl = new URL(`${origin}${url.pathname}`);
        url.searchParams.forEach((value, key) => key !== "cursor" && nextUrl.searchParams.set(key, value));
        nextUrl.searchParams.set("cursor", page.nextCursor);
        next = nextUrl.toString();
      }
      const data = page.items.map((item) => endpoint.item.parse(item));
      const pagination = { limit: parsed.value.limit as number, total: page.total, nextCursor: page.nextCursor, next };
      const links: Record<string, string> = next ? { Link: `<${next}>; rel="next"` } : {};
      return cachedJson(request, { data, pagination }, { ...rateHeaders, ...links });
    });
  };
}

/** GET handler of one record: /api/v1/<things>/<id>, 404 unless it is published. */
export function itemHandler<Q extends z.ZodObject, Item>(endpoint: ListEndpoint<Q, Item>) {
  return async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
    const { id } = await context.params;
    return withRateLimit(request, async (rateHeaders) => {
      const notFound = () => jsonError(404, { code: "not_found", message: `No published record has the id ${JSON.stringify(id.slice(0, 64))}.` }, rateHeaders);
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return notFound();
      const defaults = endpoint.query.parse({}) as z.output<Q>;
      const page = await endpoint.list({ ...defaults, limit: 1, id }, publicOrigin(request));
      if (page.items.length === 0) return notFound();
      return cachedJson(request, { data: endpoint.item.parse(page.items[0]) }, rateHeaders);
    });
  };
}
