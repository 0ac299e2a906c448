import { canImport } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { csvTemplate, jsonTemplate } from "@/lib/import/templates";
import { isImportKindName } from "@/lib/import/types";

// /admin/import/templates/<kind>.csv|json: the template of one import kind, for staff who import.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await getCurrentUser();
  if (!user || !canImport(user)) return new Response("Sign in as an editor or admin to download import templates.", { status: 403 });
  const match = /^([a-z]+)\.(csv|json)$/.exec((await params).file);
  if (!match || !isImportKindName(match[1])) return new Response("No such template.", { status: 404 });
  const [, kind, format] = match;
  if (!isImportKindName(kind)) return new Response("No such template.", { status: 404 });
  const body = format === "csv" ? csvTemplate(kind) : jsonTemplate(kind);
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${kind}-template.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
