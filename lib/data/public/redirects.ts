import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import { visibleWhere } from "@/lib/data/public/visibility";

// A renamed record keeps answering at its old address (DOMAIN.md): pages call this only when the
// slug they were given matches nothing, so a normal visit costs no extra query.

export type RedirectEntity = "Person" | "Organization" | "Topic" | "Submission";

/** The current slug of the published record that used to go by `oldSlug`, or null. */
export const findCurrentSlug = cachedPublic("slug-redirect", async (entityType: RedirectEntity, oldSlug: string): Promise<string | null> => {
  const redirect = await db.slugRedirect.findUnique({
    where: { entityType_oldSlug: { entityType, oldSlug } },
    select: { entityId: true },
  });
  if (!redirect) return null;
  const where = { id: redirect.entityId, ...visibleWhere };
  const select = { slug: true } as const;
  const row =
    entityType === "Person"
      ? await db.person.findFirst({ where, select })
      : entityType === "Organization"
        ? await db.organization.findFirst({ where, select })
        : entityType === "Topic"
          ? await db.topic.findFirst({ where, select })
          : await db.submission.findFirst({ where: { ...where, session: visibleWhere }, select });
  return row && row.slug !== oldSlug ? row.slug : null;
});

/**
 * For a page whose record was not found: answer 308 to the record's current address when the slug
 * is an old one, otherwise render the 404. Never returns.
 */
export async function redirectFromOldSlugOrNotFound(
  entityType: RedirectEntity,
  slug: string,
  hrefFor: (slug: string) => string,
): Promise<never> {
  const current = await findCurrentSlug(entityType, slug);
  if (current) permanentRedirect(hrefFor(current));
  notFound();
}
