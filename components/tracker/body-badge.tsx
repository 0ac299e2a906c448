import type { Body } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { Zh } from "@/components/ui/zh";
import { BODY_LABELS } from "@/lib/format/labels";

/**
 * "NPC · Suggestion 建议": the kind always follows the body, so lists show the two together. The
 * detail page spells the kind out in a sentence beside it, so it asks for the body alone.
 */
export function BodyBadge({ body, showKind = true }: { body: Body; showKind?: boolean }) {
  const label = BODY_LABELS[body];
  return (
    <Badge tone={body === "NPC" ? "npc" : "cppcc"}>
      <abbr title={label.nameEn} className="no-underline">
        {body}
      </abbr>
      {showKind && (
        <>
          <span aria-hidden="true">·</span>
          <span className="font-medium">
            {label.kindEn} <Zh>{label.kindZh}</Zh>
          </span>
        </>
      )}
    </Badge>
  );
}
