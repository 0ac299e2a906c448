import { NextResponse, type NextRequest } from "next/server";
import { suggestPublished } from "@/lib/data/public/search";

// Suggestions for the search box: public, read-only, names of published people, organizations
// and topics. The query is cleaned and cut to length in the data layer; any failure is a bare
// 500 without the internal message.
export async function GET(request: NextRequest) {
  try {
    const suggestions = await suggestPublished(request.nextUrl.searchParams.get("q"));
    return NextResponse.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=30" } });
  } catch (error) {
    console.error("search suggestions failed", error);
    return NextResponse.json({ suggestions: [], error: "Suggestions are unavailable right now." }, { status: 500 });
  }
}
