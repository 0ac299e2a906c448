import { Zh } from "@/components/ui/zh";

interface BilingualNameProps {
  nameEn: string;
  nameZh: string | null;
  /** People read Chinese-first (马化腾 Ma Huateng); organizations and topics English-first. */
  order?: "zh-first" | "en-first";
  className?: string;
}

export function BilingualName({ nameEn, nameZh, order = "en-first", className = "" }: BilingualNameProps) {
  if (!nameZh) return <span className={className}>{nameEn}</span>;
  return order === "zh-first" ? (
    <span className={className}>
      <Zh>{nameZh}</Zh> {nameEn}
    </span>
  ) : (
    <span className={className}>
      {nameEn} <Zh className="font-normal text-muted">{nameZh}</Zh>
    </span>
  );
}
