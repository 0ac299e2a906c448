// The interface languages. Addresses stay the same in both (they get cited), so the choice lives
// in a cookie set by /language, never in the path.

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function parseLocale(value: string | undefined | null): Locale {
  return value === "zh" ? "zh" : DEFAULT_LOCALE;
}

/** The BCP 47 tag for <html lang>: Simplified Chinese script, so screen readers and fonts agree. */
export function htmlLang(locale: Locale): string {
  return locale === "zh" ? "zh-Hans" : "en";
}
