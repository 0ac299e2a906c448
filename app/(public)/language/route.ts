import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";

// GET /language?to=zh&next=/people/ma-huateng: remember the interface language for a year and go
// back to the page the reader was on. A plain link, so it works without JavaScript. Only a local
// path is followed (never "//host" or a full URL): no open redirect.
function safePath(value: string | null): string | null {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : null;
}

export function GET(request: NextRequest) {
  const locale = parseLocale(request.nextUrl.searchParams.get("to"));
  const referer = request.headers.get("referer");
  let back = safePath(request.nextUrl.searchParams.get("next"));
  if (referer) {
    try {
      const url = new URL(referer);
      // The referer keeps the query string (a filtered list), which the link cannot know.
      if (url.host === request.headers.get("host") && (!back || url.pathname === back)) back = url.pathname + url.search;
    } catch {
      // an unparseable referer is ignored
    }
  }
  // A relative Location: behind a proxy, or on 127.0.0.1, request.url may name another host
  // (localhost), and the cookie just set would not travel there.
  const response = new NextResponse(null, { status: 303, headers: { Location: back ?? "/" } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}
