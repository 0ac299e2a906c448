import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/tracker/language-switch";
import { Zh } from "@/components/ui/zh";
import { parseLocale } from "@/lib/i18n/locale";

// Server-rendered and without active-link state; the language switch is the one client island.
export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("site"), getLocale()]);
  const navItems = [
    { href: "/", label: t("latest") },
    { href: "/submissions", label: t("submissions") },
    { href: "/search", label: t("search") },
    { href: "/about", label: t("about") },
  ];
  return (
    <header className="border-b border-rule bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4 sm:px-6">
        <a href="/" className="group flex items-baseline gap-2 no-underline">
          <Zh className="rounded-sm bg-accent px-1.5 py-0.5 text-lg font-bold text-white">两会</Zh>
          <span className="text-lg font-bold tracking-tight text-ink group-hover:underline">{t("name")}</span>
        </a>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label={t("navLabel")} className="print:hidden">
            <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm font-medium">
              {navItems.map((item) => (
                <li key={item.href}>
                  <a href={item.href} className="text-ink hover:text-accent hover:underline">
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="print:hidden">
            <LanguageSwitch locale={parseLocale(locale)} label={t("language")} />
          </div>
        </div>
      </div>
    </header>
  );
}
