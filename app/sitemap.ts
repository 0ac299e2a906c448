import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listSitemapRecords } from "@/lib/data/public/sitemap";
import { organizationHref, personHref, sessionHref, submissionHref, topicHref } from "@/lib/format/links";
import { siteUrl } from "@/lib/seo";

// /sitemap.xml: every published page, read per request (never at build time: the build must not
// open the database).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const base = siteUrl();
  const url = (path: string) => new URL(path, base).toString();
  const records = await listSitemapRecords();
  return [
    { url: url("/"), changeFrequency: "daily", priority: 1 },
    { url: url("/submissions"), changeFrequency: "daily", priority: 0.8 },
    { url: url("/about"), changeFrequency: "monthly", priority: 0.5 },
    ...records.sessions.map((s) => ({ url: url(sessionHref(s.year)), lastModified: s.updatedAt })),
    ...records.submissions.map((s) => ({ url: url(submissionHref(s.slug)), lastModified: s.updatedAt })),
    ...records.people.map((p) => ({ url: url(personHref(p.slug)), lastModified: p.updatedAt })),
    ...records.organizations.map((o) => ({ url: url(organizationHref(o.slug, o.kind)), lastModified: o.updatedAt })),
    ...records.topics.map((t) => ({ url: url(topicHref(t.slug)), lastModified: t.updatedAt })),
  ];
}
