import { getLocale } from "next-intl/server";
import type { Body } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { Zh } from "@/components/ui/zh";
import { BODY_LABELS } from "@/lib/format/labels";

/**
 * "NPC · Suggestion 建议": the kind always follows the body, so lists show the two together. The
 * detail page spells the kind out in a sentence beside it, so it asks for the body alone.
 */
export async function BodyBadge({ body, showKind = true }: { body: Body; showKind?: boolean }) {
  const label = BODY_LABELS[body];
  // In Chinese the kind is the Chinese term alone; the body keeps its abbreviation, titled in full.
  const zh = (await getLocale()) === "zh";
  return (
    <Badge tone={body === "NPC" ? "npc" : "cppcc"}>
      <abbr title={zh ? label.nameZh : label.nameEn} className="no-underline">
        {body}
      </abbr>
      {showKind && (
        <>
          <span aria-hidden="true">·</span>
          <span className="font-medium">
            {!zh && `${label.kindEn} `}
            <Zh>{label.kindZh}</Zh>
          </span>
        </>
      )}
    </Badge>
  );
}
