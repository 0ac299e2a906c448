import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

// next-intl's server functions outside a request, in a language the test chooses:
//   vi.mock("next-intl/server", async () => (await import("@/tests/support/intl")).intlServerMock());
//   readIn("zh");   // getLocale() and getTranslations() now answer in Chinese
// Messages are the app's own (lib/i18n/messages.ts), with the same English fallback.

let current: Locale = "en";

export function readIn(locale: Locale): void {
  current = locale;
}

export function intlServerMock() {
  return {
    getLocale: async () => current,
    getTranslations: async (namespace?: string | { namespace?: string }) =>
      createTranslator({
        locale: current,
        messages: messagesFor(current),
        namespace: typeof namespace === "string" ? namespace : namespace?.namespace,
      } as Parameters<typeof createTranslator>[0]),
  };
}
