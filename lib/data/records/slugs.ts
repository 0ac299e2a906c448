import "server-only";
import { AppError } from "@/lib/errors";
import type { RecordType } from "@/lib/records/types";
import { slugify } from "@/lib/slug";
import type { Tx } from "./versioning";

// Public addresses get cited, so a renamed record keeps answering at its old one: the old slug
// goes into SlugRedirect, and public pages that miss a slug look there and redirect permanently.

export interface SlugDelegate {
  findFirst(args: { where: Record<string, unknown>; select: { id: true } }): Promise<unknown>;
}

/** The first free slug of `base`, `base-2`, `base-3`, ... not used by another record or redirect. */
export async function freeSlug(tx: Tx, type: RecordType, delegate: SlugDelegate, base: string, selfId: string | null): Promise<string> {
  const root = slugify(base).slice(0, 72) || type.toLowerCase();
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await slugTaken(tx, type, delegate, candidate, selfId))) return candidate;
  }
}

async function slugTaken(tx: Tx, type: RecordType, delegate: SlugDelegate, slug: string, selfId: string | null): Promise<boolean> {
  const row = await delegate.findFirst({ where: { slug, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true } });
  if (row) return true;
  const redirect = await tx.slugRedirect.findUnique({ where: { entityType_oldSlug: { entityType: type, oldSlug: slug } } });
  return Boolean(redirect && redirect.entityId !== selfId);
}

/**
 * Checks a slug the editor typed (refusing one another record uses or used) and, when it differs
 * from the old one, records the old address as a redirect.
 */
export async function renameSlug(
  tx: Tx,
  type: RecordType,
  delegate: SlugDelegate,
  id: string,
  oldSlug: string,
  newSlug: string,
): Promise<void> {
  if (oldSlug === newSlug) return;
  if (await slugTaken(tx, type, delegate, newSlug, id)) {
    throw new AppError("Some fields need attention.", { slug: ["Another record uses or used this address. Choose another."] });
  }
  // Taking back one of its own old addresses: that redirect would now point at itself.
  await tx.slugRedirect.deleteMany({ where: { entityType: type, oldSlug: newSlug, entityId: id } });
  await tx.slugRedirect.upsert({
    where: { entityType_oldSlug: { entityType: type, oldSlug } },
    create: { entityType: type, oldSlug, entityId: id },
    update: { entityId: id },
  });
}

/** Where an old address now lives, for public pages (null: never a slug of this type). */
export async function findSlugRedirect(tx: Tx, type: RecordType, oldSlug: string): Promise<string | null> {
  const redirect = await tx.slugRedirect.findUnique({ where: { entityType_oldSlug: { entityType: type, oldSlug } } });
  return redirect?.entityId ?? null;
}
