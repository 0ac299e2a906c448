import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteShell } from "@/components/tracker/site-shell";

// The public pages' titles end in the site's name in the reader's language. The root layout keeps
// English for the back office and sign-in, which are English only.
export async function generateMetadata(): Promise<Metadata> {
  const [t, tp] = await Promise.all([getTranslations("meta"), getTranslations("pages")]);
  return {
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: tp("homeDescription"),
    applicationName: t("siteName"),
  };
}

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
