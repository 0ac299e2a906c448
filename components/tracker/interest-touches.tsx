import { getLocale, getTranslations } from "next-intl/server";
import { BilingualName } from "@/components/tracker/bilingual-name";
import type { OrganizationSubmission } from "@/lib/data/public/organizations";
import { partyHref, submissionHref } from "@/lib/format/links";
import { SubmissionTitle } from "@/components/tracker/submission-title";
import { parseLocale } from "@/lib/i18n/locale";

// Every published submission an angle ties to the organization: who filed it, which of its
// interests, and how strongly. One row per angle, strongest first.

const rank = { DIRECT: 0, INDIRECT: 1, NONE: 2 } as const;

export async function InterestTouches({ submissions }: { submissions: OrganizationSubmission[] }) {
  const [t, tp, locale] = await Promise.all([getTranslations("angles"), getTranslations("profile"), getLocale().then(parseLocale)]);
  const rows = submissions
    .flatMap((submission) => submission.angles.map((angle, index) => ({ key: `${submission.id}-${index}`, submission, angle })))
    .sort((a, b) => rank[a.angle.strength] - rank[b.angle.strength] || b.submission.year - a.submission.year);
  if (rows.length === 0) return <p className="text-muted">{t("touchesEmpty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="interest-touches">
        <thead className="border-b border-rule text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("submission")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("filedBy")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("interestColumn")}</th>
            <th scope="col" className="py-2 font-semibold">{t("strengthColumn")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {rows.map(({ key, submission, angle }) => (
            <tr key={key}>
              <td className="py-2 pr-3">
                <a href={submissionHref(submission.slug)} className="underline hover:text-accent"><SubmissionTitle submission={submission} locale={locale} /></a>{" "}
                <span className="text-muted tabular-nums">({submission.year})</span>
              </td>
              <td className="py-2 pr-3">
                {submission.submitters.map((party, index) => (
                  <span key={party.slug}>
                    {index > 0 && ", "}
                    <a href={partyHref(party)} className="underline hover:text-ink"><BilingualName nameEn={party.nameEn} nameZh={party.nameZh} /></a>
                  </span>
                ))}
              </td>
              <td className="py-2 pr-3">{angle.interest ?? t("anyInterest")}</td>
              <td className="py-2">{tp("angleLine", { kind: t(`kind.${angle.kind}`), strength: t(`strength.${angle.strength}`) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
