import type { Metadata } from "next";
import { readEnv } from "@/lib/env";

// Titles, descriptions, canonical addresses and OpenGraph tags for public pages, built one way.
// Canonical URLs are relative here and made absolute by the root layout's metadataBase.

export const SITE_NAME = "Two Sessions Tracker";

/** The public address of the site: NEXTAUTH_URL in production (README), localhost otherwise. */
export function siteUrl(): URL {
  return new URL(readEnv().NEXTAUTH_URL ?? "http://localhost:3000");
}

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's stable public path, e.g. "/people/ma-huateng". */
  path: string;
  type?: "website" | "article" | "profile";
  modifiedTime?: Date;
}

export function pageMetadata({ title, description, path, type = "website", modifiedTime }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      type,
      locale: "en_GB",
      alternateLocale: ["zh_CN"],
      ...(type === "article" && modifiedTime ? { modifiedTime: modifiedTime.toISOString() } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}
