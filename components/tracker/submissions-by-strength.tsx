import { getTranslations } from "next-intl/server";
import { SubmissionList } from "@/components/tracker/submission-list";
import type { PersonSubmission } from "@/lib/data/public/people";
import type { AngleStrength } from "@/lib/generated/prisma/enums";

// A person's submissions grouped by the strongest published angle on each: direct first, then
// indirect, checked-and-none, and those no angle has been published for.

const groups: Array<AngleStrength | "UNRATED"> = ["DIRECT", "INDIRECT", "NONE", "UNRATED"];

export async function SubmissionsByStrength({ submissions }: { submissions: PersonSubmission[] }) {
  const t = await getTranslations("angles");
  const grouped = groups
    .map((group) => ({ group, items: submissions.filter((item) => (item.strongestAngle ?? "UNRATED") === group) }))
    .filter((entry) => entry.items.length > 0);
  return (
    <div className="grid gap-8">
      {grouped.map(({ group, items }) => (
        <section key={group} aria-labelledby={`strength-${group}`} className="grid gap-3" data-testid={`strength-group-${group}`}>
          <h3 id={`strength-${group}`} className="text-lg font-semibold">
            {t(`group.${group}`)} <span className="text-muted tabular-nums">({items.length})</span>
          </h3>
          <SubmissionList items={items} headingLevel="h4" />
        </section>
      ))}
    </div>
  );
}
