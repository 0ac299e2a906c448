import { z } from "zod";
import { apiEndpointDocs, type EndpointDoc } from "@/lib/api/endpoint-docs";
import { apiErrorSchema, apiPaginationSchema } from "@/lib/api/schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers use. OpenAPI
// 3.1 schemas are JSON Schema 2020-12, which is what zod 4's z.toJSONSchema writes.

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
  return rest;
}

function parameters(doc: EndpointDoc) {
  return Object.entries(doc.query.shape).map(([name, schema]) => {
    const field = schema as z.ZodType;
    const { description, ...shape } = jsonSchema(field, "input");
    return {
      name,
      in: "query",
      required: !field.safeParse(undefined).success,
      ...(description ? { description: String(description) } : {}),
      schema: shape,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function buildOpenApiDocument(serverUrl: string) {
  const schemas: Record<string, unknown> = {
    Pagination: jsonSchema(apiPaginationSchema, "output"),
    Error: jsonSchema(apiErrorSchema, "output"),
  };
  const paths: Record<string, unknown> = {};
  for (const [name, doc] of Object.entries(apiEndpointDocs) as [string, EndpointDoc][]) {
    schemas[doc.itemName] ??= jsonSchema(doc.item, "output");
    paths[`/${name}`] = {
      get: {
        operationId: `list${name[0].toUpperCase()}${name.slice(1)}`,
        summary: doc.summary,
        description: `${doc.description} Only published records. Ordered by id; follow pagination.next for the next page.`,
        tags: ["records"],
        parameters: parameters(doc),
        responses: {
          "200": {
            description: `A page of ${name}`,
            headers: {
              ETag: { description: "Send it back as If-None-Match to get 304 when nothing changed", schema: { type: "string" } },
              "Cache-Control": { schema: { type: "string" } },
            },
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["data", "pagination"],
                  properties: {
                    data: { type: "array", items: { $ref: `#/components/schemas/${doc.itemName}` } },
                    pagination: { $ref: "#/components/schemas/Pagination" },
                  },
                },
              },
            },
          },
          "304": { description: "Not modified: the If-None-Match ETag is current" },
          "400": errorResponse("A query parameter is unknown, repeated or malformed; error.fields says which and why"),
          "429": {
            ...errorResponse("Too many requests from this client; wait Retry-After seconds"),
            headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
          },
        },
      },
    };
    paths[`/${name}/{id}`] = {
      get: {
        operationId: `get${doc.itemName}${name === "ministries" ? "Ministry" : ""}ById`,
        summary: `One of ${doc.summary.toLowerCase()}`,
        description: "One published record by its stable id; 404 when there is none.",
        tags: ["records"],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } }],
        responses: {
          "200": {
            description: `The ${doc.itemName.toLowerCase()}`,
            content: {
              "application/json": {
                schema: { type: "object", required: ["data"], properties: { data: { $ref: `#/components/schemas/${doc.itemName}` } } },
              },
            },
          },
          "304": { description: "Not modified: the If-None-Match ETag is current" },
          "404": errorResponse("No published record has this id"),
          "429": errorResponse("Too many requests from this client; wait Retry-After seconds"),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Two Sessions Tracker API",
      version: "1.0.0",
      summary: "Published suggestions, proposals, referrals, replies and lobbying angles of China's two sessions.",
      description:
        "Read-only, no key needed. Every record carries its sources. Rate limited per client; answers carry ETags and Cache-Control.",
      license: { name: "AGPL-3.0-only", identifier: "AGPL-3.0-only" },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    tags: [{ name: "records", description: "Lists of published records" }],
    paths,
    components: { schemas },
  };
}
