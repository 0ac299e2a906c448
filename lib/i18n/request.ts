import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";

// next-intl without locale routing: the locale comes from the reader's cookie. Messages missing
// in Chinese fall back to English, key by key, so a new string never shows as a raw key.

function withFallback(primary: Record<string, unknown>, fallback: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = fallback[key];
    merged[key] =
      value && typeof value === "object" && base && typeof base === "object"
        ? withFallback(value as Record<string, unknown>, base as Record<string, unknown>)
        : value;
  }
  return merged;
}

export default getRequestConfig(async () => {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: locale === "zh" ? withFallback(zh, en) : en, timeZone: "UTC" };
});
