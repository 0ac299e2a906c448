import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readEnv } from "@/lib/env";

// Titles, descriptions, canonical addresses and OpenGraph tags for public pages, built one way, in
// the reader's language. Canonical URLs are relative here and made absolute by the root layout's
// metadataBase.

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
  /** The whole <title>, without the layout's " · site name" (the home page, which is the site). */
  absoluteTitle?: boolean;
}

export async function pageMetadata({ title, description, path, type = "website", modifiedTime, absoluteTitle = false }: PageMetadataInput): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName: t("siteName"),
      type,
      locale: t("ogLocale"),
      alternateLocale: [t("ogAlternate")],
      ...(type === "article" && modifiedTime ? { modifiedTime: modifiedTime.toISOString() } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}
