import { BilingualName } from "@/components/tracker/bilingual-name";

interface RankedItem {
  key: string;
  href: string;
  nameEn: string;
  nameZh: string | null;
  count: number;
  order?: "zh-first" | "en-first";
}

/** "Digital economy 数字经济 — 4": names with how often they come up, most often first. */
export function RankedLinks({ items, label, empty, unit }: { items: RankedItem[]; label: string; empty: string; unit: [string, string] }) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul aria-label={label} className="grid gap-1.5 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex items-baseline justify-between gap-3">
          <a href={item.href} className="underline hover:text-accent">
            <BilingualName nameEn={item.nameEn} nameZh={item.nameZh} order={item.order} />
          </a>
          <span className="shrink-0 tabular-nums text-muted">
            {item.count} {item.count === 1 ? unit[0] : unit[1]}
          </span>
        </li>
      ))}
    </ul>
  );
}
