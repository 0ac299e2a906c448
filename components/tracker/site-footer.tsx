import { getTranslations } from "next-intl/server";
import { Zh } from "@/components/ui/zh";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="mt-16 border-t border-rule bg-card print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-[2fr_1fr] sm:px-6">
        <div className="space-y-2">
          <p className="font-semibold text-ink">
            {t("name")} <Zh>两会</Zh>
          </p>
          <p className="max-w-prose">{t("footerText")}</p>
        </div>
        <nav aria-label={t("footerNav")} className="sm:justify-self-end">
          <ul className="space-y-1">
            <li>
              <a href="/submissions" className="hover:text-ink hover:underline">
                {t("allSubmissions")}
              </a>
            </li>
            <li>
              <a href="/about" className="hover:text-ink hover:underline">
                {t("aboutMethod")}
              </a>
            </li>
            <li>
              <a href="/login" className="hover:text-ink hover:underline">
                {t("staff")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
