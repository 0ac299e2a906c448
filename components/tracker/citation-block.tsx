import { getLocale, getTranslations } from "next-intl/server";
import type { PublicCorrection, PublicSubmission } from "@/lib/data/public/submission-detail";
import { Section } from "@/components/tracker/section";
import { LocalDate } from "@/components/tracker/local-date";
import { formatDate } from "@/lib/format/dates";
import { BODY_LABELS, submissionTitle } from "@/lib/format/labels";
import { parseLocale } from "@/lib/i18n/locale";

/** Dated public corrections, newest first: how the record changed and why. */
export async function CorrectionNotes({ corrections }: { corrections: PublicCorrection[] }) {
  if (corrections.length === 0) return null;
  const t = await getTranslations("submission");
  return (
    <Section id="corrections-heading" title={t("corrections")}>
      <ul className="grid gap-3">
        {corrections.map((correction) => (
          <li key={correction.id} className="rounded-md border border-accent/30 bg-accent-soft p-3 text-sm">
            <p className="font-semibold">
              {t("corrected")} <LocalDate date={correction.correctedOn} />
            </p>
            <p>{correction.note}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** "Cite this": the permalink and the date of the version a reader saw, ready to paste. */
export async function CiteThis({ submission, permalink }: { submission: PublicSubmission; permalink: string }) {
  const [t, tp] = await Promise.all([getTranslations("submission"), getTranslations("pages")]);
  const label = BODY_LABELS[submission.body];
  const locale = await getLocale();
  const zh = locale === "zh";
  const citation = t("citation", {
    title: submissionTitle(submission, parseLocale(locale)).text,
    body: submission.body,
    bodyZh: submission.body === "NPC" ? "全国人大" : "全国政协",
    kind: label.kindEn.toLowerCase(),
    kindZh: label.kindZh,
    number: submission.officialNumber ? ` No. ${submission.officialNumber},` : "",
    numberZh: submission.officialNumber ? `第${submission.officialNumber}号，` : "",
    year: String(submission.session.year),
    permalink,
    date: formatDate(submission.lastUpdated, locale),
  });
  return (
    <Section id="cite-heading" variant="side" title={t("cite")}>
      <p className="rounded-md border border-rule bg-card p-3 text-sm leading-relaxed break-words">{citation}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">{tp("permalink")}</dt>
        <dd className="break-all">
          <a href={permalink} className="print-no-url underline hover:text-accent">
            {permalink}
          </a>
        </dd>
        <dt className="text-muted">{tp("versionOf")}</dt>
        <dd>
          <LocalDate date={submission.lastUpdated} instant />
        </dd>
      </dl>
    </Section>
  );
}
