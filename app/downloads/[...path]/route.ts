import { cachedResponse, jsonError, withRateLimit } from "@/lib/api/http";
import { downloadTables, isPublishedSessionYear, type Row } from "@/lib/data/public/download-tables";
import { toCsv } from "@/lib/downloads/csv";

// Downloads of every public table (see lib/data/public/download-tables.ts):
//   /downloads/<table>.csv  /downloads/<table>.json           everything
//   /downloads/<year>/<table>.csv  /downloads/<year>/<table>.json   one session
//   /downloads/tracker.json  /downloads/<year>/tracker.json     all tables in one file

const notFound = () =>
  jsonError(404, { code: "not_found", message: "No such download. See /api#downloads for the list." });

export async function GET(request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await context.params;
  return withRateLimit(request, async () => {
    if (path.length < 1 || path.length > 2) return notFound();
    let year: number | undefined;
    if (path.length === 2) {
      if (!/^\d{4}$/.test(path[0]) || !(await isPublishedSessionYear(Number(path[0])))) return notFound();
      year = Number(path[0]);
    }
    const match = /^([a-z-]+)\.(csv|json)$/.exec(path[path.length - 1]);
    if (!match) return notFound();
    const [, name, format] = match;
    const prefix = `two-sessions-tracker${year ? `-${year}` : ""}`;
    const attachment = (file: string) => ({ "Content-Disposition": `attachment; filename="${prefix}-${file}"` });

    if (name === "tracker" && format === "json") {
      const tables: Record<string, Row[]> = {};
      for (const [table, definition] of Object.entries(downloadTables)) {
        if (year === undefined || definition.perSession) tables[table] = await definition.load(year);
      }
      return cachedResponse(request, JSON.stringify({ session: year ?? null, tables }), "application/json; charset=utf-8", attachment("all.json"));
    }
    const table = Object.hasOwn(downloadTables, name) ? downloadTables[name] : undefined;
    if (!table || (year !== undefined && !table.perSession)) return notFound();
    const rows = await table.load(year);
    if (format === "json") return cachedResponse(request, JSON.stringify(rows), "application/json; charset=utf-8", attachment(`${name}.json`));
    return cachedResponse(request, toCsv(table.columns, rows), "text/csv; charset=utf-8", attachment(`${name}.csv`));
  });
}
