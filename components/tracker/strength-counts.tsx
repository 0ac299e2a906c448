import type { AngleStrength } from "@/lib/generated/prisma/enums";
import { getTranslations } from "next-intl/server";

const order: AngleStrength[] = ["DIRECT", "INDIRECT", "NONE"];

/** How many published angles of each strength, as a small definition list. */
export async function StrengthCounts({ counts }: { counts: Record<AngleStrength, number> }) {
  const [t, tl] = await Promise.all([getTranslations("pages"), getTranslations("labels")]);
  const total = order.reduce((sum, strength) => sum + counts[strength], 0);
  if (total === 0) return <p className="text-sm text-muted">{t("noAngle")}</p>;
  return (
    <dl className="grid grid-cols-3 gap-2 text-center">
      {order.map((strength) => (
        <div key={strength} className="rounded-md border border-rule bg-card px-2 py-3">
          <dt className="text-xs text-muted">{tl(`strength.${strength}`)}</dt>
          <dd className="text-2xl font-bold tabular-nums">{counts[strength]}</dd>
        </div>
      ))}
    </dl>
  );
}
