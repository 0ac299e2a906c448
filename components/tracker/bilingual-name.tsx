import { getLocale } from "next-intl/server";
import { Zh } from "@/components/ui/zh";

interface BilingualNameProps {
  nameEn: string;
  nameZh: string | null;
  /** People read Chinese-first (马化腾 Ma Huateng); organizations and topics English-first, and
   * Chinese-first too when the interface is in Chinese: content in the chosen language, the other
   * beside it as the fallback. */
  order?: "zh-first" | "en-first";
  className?: string;
}

export async function BilingualName({ nameEn, nameZh, order = "en-first", className = "" }: BilingualNameProps) {
  if (!nameZh) return <span className={className}>{nameEn}</span>;
  const zhFirst = order === "zh-first" || (await getLocale()) === "zh";
  return zhFirst ? (
    <span className={className}>
      <Zh>{nameZh}</Zh> {nameEn}
    </span>
  ) : (
    <span className={className}>
      {nameEn} <Zh className="font-normal text-muted">{nameZh}</Zh>
    </span>
  );
}
