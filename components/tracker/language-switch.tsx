"use client";

import { usePathname } from "next/navigation";

// The English/中文 switch: a link to /language, which sets the cookie and comes back here. A client
// component only to know the current path (the server layout does not); it ships a few hundred
// bytes and still works without JavaScript through the Referer header.
export function LanguageSwitch({ locale, label }: { locale: "en" | "zh"; label: string }) {
  const pathname = usePathname() ?? "/";
  const target = locale === "zh" ? "en" : "zh";
  return (
    <a
      href={`/language?to=${target}&next=${encodeURIComponent(pathname)}`}
      hrefLang={target === "zh" ? "zh-Hans" : "en"}
      lang={target === "zh" ? "zh-Hans" : "en"}
      aria-label={`${label}: ${target === "zh" ? "中文" : "English"}`}
      className="rounded-md border border-ink/25 px-2.5 py-1 text-sm font-medium text-ink hover:border-ink"
    >
      {target === "zh" ? "中文" : "English"}
    </a>
  );
}
