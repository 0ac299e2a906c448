import type { ReactNode } from "react";
import { htmlLang, type Locale } from "@/lib/i18n/locale";

/**
 * Text whose language is known: marked with its own lang when it is not the page's (WCAG 3.1.2),
 * so screen readers switch voice and the browser picks fitting glyphs; left bare when it is.
 */
export function InLanguage({ lang, locale, className, children }: { lang: Locale; locale: Locale; className?: string; children: ReactNode }) {
  if (lang === locale && !className) return <>{children}</>;
  return (
    <span lang={lang === locale ? undefined : htmlLang(lang)} className={className}>
      {children}
    </span>
  );
}
