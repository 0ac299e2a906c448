import type { z } from "zod";
import { apiEndpointDocs, type EndpointDoc } from "@/lib/api/endpoint-docs";

// The endpoints of /api/v1 and their filters, read from the same schemas as the handlers.

function filters(doc: EndpointDoc): Array<{ name: string; description: string }> {
  return Object.entries(doc.query.shape)
    .filter(([name]) => name !== "limit" && name !== "cursor")
    .map(([name, schema]) => ({ name, description: (schema as z.ZodType).description ?? "" }));
}

export function EndpointTable() {
  return (
    <div className="overflow-x-auto rounded border border-rule bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API endpoints and their filters</caption>
        <thead className="border-b border-rule bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Endpoint</th>
            <th scope="col" className="px-3 py-2 font-semibold">What it lists</th>
            <th scope="col" className="px-3 py-2 font-semibold">Filters</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(apiEndpointDocs).map(([name, doc]) => (
            <tr key={name} className="border-b border-rule align-top last:border-0">
              <td className="px-3 py-2 whitespace-nowrap">
                <a className="font-mono underline hover:text-accent" href={`/api/v1/${name}`}>
                  /api/v1/{name}
                </a>
              </td>
              <td className="px-3 py-2">{doc.description}</td>
              <td className="px-3 py-2">
                {filters(doc).length === 0 ? (
                  <span className="text-muted">none</span>
                ) : (
                  <ul className="space-y-1">
                    {filters(doc).map((filter) => (
                      <li key={filter.name}>
                        <code className="font-mono">{filter.name}</code>
                        {filter.description && <span className="text-muted"> – {filter.description}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
