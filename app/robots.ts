import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/seo";

// Readers' pages are open to crawlers; the newsroom and its APIs are not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/auth"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
