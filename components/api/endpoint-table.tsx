import type { z } from "zod";
import { apiEndpointDocs, type EndpointDoc } from "@/lib/api/endpoint-docs";

// The endpoints of /api/v1 and their filters, read from the same schemas as the handlers. A list
// of blocks rather than a table: three columns of prose do not fit a phone.

function filters(doc: EndpointDoc): Array<{ name: string; description: string }> {
  return Object.entries(doc.query.shape)
    .filter(([name]) => name !== "limit" && name !== "cursor")
    .map(([name, schema]) => ({ name, description: (schema as z.ZodType).description ?? "" }));
}

export function EndpointTable() {
  return (
    <ul className="divide-y divide-rule rounded border border-rule bg-card" aria-label="API endpoints">
      {Object.entries(apiEndpointDocs).map(([name, doc]) => (
        <li key={name} className="grid gap-1 px-4 py-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
          <a className="font-mono text-sm underline hover:text-accent" href={`/api/v1/${name}`}>
            /api/v1/{name}
          </a>
          <div className="grid gap-1 text-sm">
            <p>{doc.description}</p>
            {filters(doc).length > 0 && (
              <p className="text-muted">
                Filters:{" "}
                {filters(doc).map((filter, index) => (
                  <span key={filter.name}>
                    {index > 0 && "; "}
                    <code className="font-mono text-ink" title={filter.description}>
                      {filter.name}
                    </code>
                    {filter.description && ` (${filter.description})`}
                  </span>
                ))}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
