import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

// next-intl without locale routing: the locale comes from the reader's cookie.

export default getRequestConfig(async () => {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
