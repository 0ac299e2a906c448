import type { Locale } from "@/lib/i18n/locale";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";

// The messages of a locale. Messages missing in Chinese fall back to English, key by key, so a new
// string never shows as a raw key.

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

export function messagesFor(locale: Locale): Record<string, unknown> {
  return locale === "zh" ? withFallback(zh, en) : en;
}
