import { InLanguage } from "@/components/ui/in-language";
import { submissionTitle, type SubmissionTitleText } from "@/lib/format/labels";
import { htmlLang, type Locale } from "@/lib/i18n/locale";

type TitleSource = Parameters<typeof submissionTitle>[0];

const shown = (title: SubmissionTitleText) => (title.quoted ? `“${title.text}”` : title.text);

/**
 * A submission's title in the reader's language, falling back to the other; text in the other
 * language is marked with its own lang, so screen readers switch voice and fonts switch glyphs.
 */
export function SubmissionTitle({ submission, locale }: { submission: TitleSource; locale: Locale }) {
  const title = submissionTitle(submission, locale);
  return <InLanguage lang={title.lang} locale={locale}>{shown(title)}</InLanguage>;
}

/** The line under a title: the title in the other language, when the submission has both. */
export function OtherLanguageTitle({
  submission, locale, as: Element = "span", className,
}: { submission: TitleSource; locale: Locale; as?: "span" | "p"; className?: string }) {
  if (!submission.titleEn || !submission.titleZh) return null;
  const title = submissionTitle(submission, locale === "zh" ? "en" : "zh");
  return (
    <Element lang={htmlLang(title.lang)} className={className}>
      {shown(title)}
    </Element>
  );
}
