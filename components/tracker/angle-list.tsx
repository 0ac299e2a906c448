import { getTranslations } from "next-intl/server";
import type { AngleStrength } from "@/lib/generated/prisma/enums";
import type { PublicAngle, PublicSource } from "@/lib/data/public/submission-detail";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Zh } from "@/components/ui/zh";
import { LocalDate } from "@/components/tracker/local-date";
import { organizationHref, safeWebHref } from "@/lib/format/links";

const strengthTone: Record<AngleStrength, BadgeTone> = { DIRECT: "accent", INDIRECT: "neutral", NONE: "neutral" };

function AngleSources({ sources, label }: { sources: PublicSource[]; label: string }) {
  if (sources.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-semibold">{label}</p>
      <ul className="grid gap-0.5 text-muted">
        {sources.map((source) => {
          const href = safeWebHref(source.url);
          return (
            <li key={source.id}>
              {href ? <a href={href} className="underline hover:text-ink" rel="noopener noreferrer">{source.title}</a> : source.title}
              {source.publisher && <>, {source.publisher}</>}
              {source.publishedOn && (
                <>
                  {", "}
                  <LocalDate date={source.publishedOn} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Reporters' angles: how a submission lines up with business interests or Beijing's line. */
export async function AngleList({ angles }: { angles: PublicAngle[] }) {
  const [t, ts] = await Promise.all([getTranslations("angles"), getTranslations("submission")]);
  return (
    <section aria-labelledby="angles-heading" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="angles-heading" className="text-2xl font-bold">
          {ts("angles")}
        </h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      {angles.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="grid gap-4">
          {angles.map((angle) => (
            <li key={angle.id} id={`angle-${angle.id}`} className="grid gap-2 rounded-md border border-rule bg-card p-4" data-testid="angle">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">{t(`kind.${angle.kind}`)}</h3>
                <Badge tone={strengthTone[angle.strength]}>{t("strengthBadge", { strength: t(`strength.${angle.strength}`) })}</Badge>
                {angle.organization && (
                  <span className="text-sm text-muted">
                    {t("linkedTo")}{" "}
                    <a href={organizationHref(angle.organization.slug)} className="underline hover:text-ink">
                      <BilingualName nameEn={angle.organization.nameEn} nameZh={angle.organization.nameZh} />
                    </a>
                  </span>
                )}
              </div>
              {angle.interest && (
                <p className="text-sm text-muted">
                  {t("interest", { label: angle.interest.labelZh ? `${angle.interest.labelEn} ${angle.interest.labelZh}` : angle.interest.labelEn })}
                </p>
              )}
              <p className="leading-relaxed">{angle.rationaleEn}</p>
              {angle.rationaleZh && (
                <p className="leading-relaxed text-ink/85">
                  <Zh>{angle.rationaleZh}</Zh>
                </p>
              )}
              <div className="border-l-2 border-rule pl-3 text-sm">
                <p className="font-semibold">
                  {t("response")}
                  {angle.rightOfReply && angle.rightOfReplyOn && (
                    <>
                      {" "}
                      (<LocalDate date={angle.rightOfReplyOn} />)
                    </>
                  )}
                </p>
                <p className="whitespace-pre-line text-muted">{angle.rightOfReply ?? t("noResponse")}</p>
              </div>
              <AngleSources sources={angle.sources} label={t("sources")} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
