import { getLocale } from "next-intl/server";
import { InLanguage } from "@/components/ui/in-language";
import { bilingualName } from "@/lib/format/labels";
import { parseLocale } from "@/lib/i18n/locale";

interface BilingualNameProps {
  nameEn: string;
  nameZh: string | null;
  /** People read Chinese-first in both interfaces; see bilingualName(). */
  order?: "zh-first" | "en-first";
  className?: string;
}

/** A record's name in both languages, in the order of bilingualName(); a Chinese name in second
 * place is set lighter. */
export async function BilingualName({ nameEn, nameZh, order = "en-first", className }: BilingualNameProps) {
  const locale = parseLocale(await getLocale());
  const { first, second } = bilingualName({ nameEn, nameZh }, locale, order);
  return (
    <span className={className}>
      <InLanguage lang={first.lang} locale={locale}>{first.text}</InLanguage>
      {second && (
        <>
          {" "}
          <InLanguage lang={second.lang} locale={locale} className={second.lang === "zh" ? "font-normal text-muted" : undefined}>
            {second.text}
          </InLanguage>
        </>
      )}
    </span>
  );
}
