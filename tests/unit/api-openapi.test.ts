import { describe, expect, it } from "vitest";
import { validate } from "@readme/openapi-parser";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiEndpointDocs } from "@/lib/api/endpoint-docs";

// The OpenAPI document is generated from the handlers' zod schemas; a maintained validator
// (@readme/openapi-parser, which checks OpenAPI 3.1 against its JSON Schema) must accept it.

describe("the OpenAPI 3.1 document", () => {
  it("is valid OpenAPI 3.1 according to @readme/openapi-parser", async () => {
    const document = buildOpenApiDocument("https://tracker.example.test");
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) console.error(JSON.stringify(result.errors, null, 2));
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every endpoint with its filters, and never an internal field", () => {
    const document = buildOpenApiDocument("https://tracker.example.test");
    for (const name of Object.keys(apiEndpointDocs)) expect(document.paths).toHaveProperty(`/${name}`);
    const submissions = document.paths["/submissions"] as { get: { parameters: Array<{ name: string; required: boolean }> } };
    expect(submissions.get.parameters.map((p) => p.name).sort()).toEqual(
      ["body", "cursor", "limit", "ministry", "organization", "person", "result", "topic", "year"].sort(),
    );
    expect(submissions.get.parameters.every((p) => !p.required)).toBe(true);
    const text = JSON.stringify(document);
    for (const internal of ["reviewerComment", "evidence", "authorId", "reviewerId", "passwordHash", "visibility"]) {
      expect(text).not.toContain(internal);
    }
  });
});
