import { cachedJson, publicOrigin, withRateLimit } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export async function GET(request: Request): Promise<Response> {
  return withRateLimit(request, async (headers) =>
    cachedJson(request, buildOpenApiDocument(publicOrigin(request)), { ...headers, "Access-Control-Allow-Origin": "*" }),
  );
}
