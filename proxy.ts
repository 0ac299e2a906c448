import { NextResponse, type NextRequest } from "next/server";

// A convenience only: sends visitors without a session cookie from /admin to the sign-in page
// before any rendering. Real authorization happens in the admin layout, the data layer and every
// server action (a proxy can be skipped, cf. CVE-2025-29927).
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/admin/:path*"] };
