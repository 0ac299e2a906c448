import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { htmlLang, parseLocale } from "@/lib/i18n/locale";
import { siteUrl } from "@/lib/seo";

// The root layout is shared by the public site, sign-in and the admin area, so it holds only what
// all of them need: language, font, styles and the skip link. Each route group brings its chrome.

export const metadata: Metadata = {
  // Canonical and OpenGraph URLs resolve against the public address (NEXTAUTH_URL).
  metadataBase: siteUrl(),
  title: { default: "Two Sessions Tracker 两会", template: "%s · Two Sessions Tracker" },
  description:
    "What members of China's National People's Congress and CPPCC propose at the two sessions (两会), who they are, and whose interests their proposals serve.",
  applicationName: "Two Sessions Tracker",
};

export const viewport: Viewport = { themeColor: "#fbfaf7" };

// Default export: Next requires it for layouts and pages (the only exception to named exports).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("site")]);
  return (
    <html lang={htmlLang(parseLocale(locale))}>
      <body className="min-h-dvh">
        {/* Every layout below puts its <main> at #main-content, so this link always lands. */}
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-ink focus:px-4 focus:py-2 focus:text-white"
        >
          {t("skip")}
        </a>
        {children}
      </body>
    </html>
  );
}
