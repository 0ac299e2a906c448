import { Zh } from "@/components/ui/zh";
import { submissionTitle } from "@/lib/format/labels";
import type { Locale } from "@/lib/i18n/locale";

type TitleSource = Parameters<typeof submissionTitle>[0];

/**
 * A submission's title in the reader's language, falling back to the other; text in the other
 * language is marked with its own lang, so screen readers switch voice and fonts switch glyphs.
 */
export function SubmissionTitle({ submission, locale }: { submission: TitleSource; locale: Locale }) {
  const title = submissionTitle(submission, locale);
  const text = title.quoted ? `“${title.text}”` : title.text;
  if (title.lang === locale) return <>{text}</>;
  return title.lang === "zh" ? <Zh>{text}</Zh> : <span lang="en">{text}</span>;
}
