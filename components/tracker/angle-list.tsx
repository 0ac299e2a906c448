import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AngleStrength } from "@/lib/generated/prisma/enums";
import type { PublicAngle } from "@/lib/data/public/submission-detail";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Zh } from "@/components/ui/zh";
import { formatDate, isoDate } from "@/lib/format/dates";
import { ANGLE_KIND_LABELS, ANGLE_STRENGTH_LABELS } from "@/lib/format/labels";
import { organizationHref } from "@/lib/format/links";

const strengthTone: Record<AngleStrength, BadgeTone> = { DIRECT: "accent", INDIRECT: "neutral", NONE: "neutral" };

/** Reporters' angles: how a submission lines up with business interests or Beijing's line. */
export async function AngleList({ angles }: { angles: PublicAngle[] }) {
  const t = await getTranslations("submission");
  return (
    <section aria-labelledby="angles-heading" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="angles-heading" className="text-2xl font-bold">
          {t("angles")}
        </h2>
        <p className="text-sm text-muted">
          Our reporters&apos; assessment of whose interests this submission serves, and how strongly.
        </p>
      </div>
      {angles.length === 0 ? (
        <p className="text-muted">No angle has been published for this submission.</p>
      ) : (
        <ul className="grid gap-4">
          {angles.map((angle) => (
            <li key={angle.id} className="grid gap-2 rounded-md border border-rule bg-card p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">{ANGLE_KIND_LABELS[angle.kind].en}</h3>
                <Badge tone={strengthTone[angle.strength]}>
                  Strength: {ANGLE_STRENGTH_LABELS[angle.strength].toLowerCase()}
                </Badge>
                {angle.organization && (
                  <span className="text-sm text-muted">
                    Linked to{" "}
                    <Link href={organizationHref(angle.organization.slug)} className="underline hover:text-ink">
                      <BilingualName nameEn={angle.organization.nameEn} nameZh={angle.organization.nameZh} />
                    </Link>
                  </span>
                )}
              </div>
              <p className="leading-relaxed">{angle.rationaleEn}</p>
              {angle.rationaleZh && (
                <p className="leading-relaxed text-ink/85">
                  <Zh>{angle.rationaleZh}</Zh>
                </p>
              )}
              {angle.rightOfReply && (
                <div className="border-l-2 border-rule pl-3 text-sm">
                  <p className="font-semibold">
                    Response
                    {angle.rightOfReplyOn && (
                      <>
                        {" "}
                        (<time dateTime={isoDate(angle.rightOfReplyOn)}>{formatDate(angle.rightOfReplyOn)}</time>)
                      </>
                    )}
                  </p>
                  <p className="text-muted">{angle.rightOfReply}</p>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
