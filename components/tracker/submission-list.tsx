import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SubmissionListItem } from "@/lib/data/public/submissions";
import { BodyBadge } from "@/components/tracker/body-badge";
import { PartyNames } from "@/components/tracker/party-names";
import { TopicList } from "@/components/tracker/topic-list";
import { OtherLanguageTitle, SubmissionTitle } from "@/components/tracker/submission-title";
import { parseLocale } from "@/lib/i18n/locale";

interface SubmissionListProps<T extends SubmissionListItem> {
  items: T[];
  /** The heading level of each title, so the list fits under the page's own h1/h2 outline. */
  headingLevel?: "h2" | "h3" | "h4";
  /** First item's 1-based position, so the numbering continues across pages. */
  start?: number;
  /** A line of page-specific facts under a row (why it is listed, its strongest angle). */
  renderExtra?: (item: T) => ReactNode;
}

export async function SubmissionList<T extends SubmissionListItem>({ items, headingLevel = "h2", start = 1, renderExtra }: SubmissionListProps<T>) {
  const Heading = headingLevel;
  // In Chinese the Chinese title leads and the English one follows; either falls back to the other.
  const [locale, t] = await Promise.all([getLocale().then(parseLocale), getTranslations("list")]);
  return (
    <ol start={start} className="divide-y divide-rule border-y border-rule">
      {items.map((item) => (
        <li key={item.id}>
          <article className="grid gap-2 py-5">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
              <BodyBadge body={item.body} />
              <span>{t("session", { year: String(item.year) })}</span>
              {item.officialNumber && <span>{t("number", { number: item.officialNumber })}</span>}
            </div>
            <Heading className="text-lg leading-snug font-semibold text-balance">
              <a href={`/submissions/${item.slug}`} className="text-ink hover:text-accent hover:underline">
                <SubmissionTitle submission={item} locale={locale} />
              </a>
            </Heading>
            <OtherLanguageTitle submission={item} locale={locale} className="text-sm text-muted" />
            <p className="text-sm text-muted">
              {t("by")} <PartyNames parties={item.submitters} />
              {item.cosignerCount > 0 && ` ${t("cosigners", { count: item.cosignerCount })}`}
            </p>
            <TopicList topics={item.topics} />
            {renderExtra?.(item)}
          </article>
        </li>
      ))}
    </ol>
  );
}
