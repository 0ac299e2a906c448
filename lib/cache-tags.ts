import { revalidatePath, updateTag } from "next/cache";

// Public pages read through Next's data cache (lib/data/public/cached.ts), tagged here. A change
// a reader can see (publish, unpublish, edit of a published record or of anything it shows) must
// expire the tag, or readers keep seeing the old version until the cache's time limit.
//
// One tag for all public data, on purpose: a submission's title appears on its page, the lists,
// the home page, its submitters', topics' and ministries' pages and the sitemap, so an edit
// touches them all. Edits are rare and reads are many; a precise per-record graph would be easy to
// get wrong and would save little.

export const PUBLIC_DATA_TAG = "public-data";

/**
 * Expire every cached public read at once, so the next request (the editor's own redirect
 * included) renders from the database. Call it from a server action after a successful write;
 * updateTag is only allowed there.
 */
export function expirePublicData(): void {
  updateTag(PUBLIC_DATA_TAG);
}

/**
 * What every server action calls after a successful write: cached public reads expire, and so do
 * rendered pages. Calling it for a change readers cannot see costs one cache refill, which is
 * cheaper than a rule about which changes are public that someone forgets.
 */
export function refreshPublicPages(): void {
  expirePublicData();
  revalidatePath("/", "layout");
}
