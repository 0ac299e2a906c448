import { getTranslations } from "next-intl/server";
import type { AngleStrength } from "@/lib/generated/prisma/enums";

/** Of the published angles counted, the share rated direct: the tracker's headline figure. */
export function directShare(counts: Record<AngleStrength, number>): { direct: number; total: number; percent: number } {
  const total = counts.DIRECT + counts.INDIRECT + counts.NONE;
  return { direct: counts.DIRECT, total, percent: total === 0 ? 0 : Math.round((counts.DIRECT / total) * 100) };
}

export async function DirectShare({ counts }: { counts: Record<AngleStrength, number> }) {
  const t = await getTranslations("angles");
  const share = directShare(counts);
  return (
    <p className="text-sm" data-testid="direct-share">
      {share.total === 0 ? t("directShareNone") : t("directShare", share)}
    </p>
  );
}
