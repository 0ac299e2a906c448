import { getTranslations } from "next-intl/server";
import { Zh } from "@/components/ui/zh";
import { LocalDate } from "@/components/tracker/local-date";
import type { PublicSubmission } from "@/lib/data/public/submission-detail";
import type { PublicNote } from "@/lib/data/public/notes";

// Reporters' approved public notes, numbered like footnotes: notes on the full text (English,
// then Chinese) in the order of their passages, then notes on replies' texts, which are quoted
// here because the page does not show a reply's full text.

export interface NumberedNote extends PublicNote {
  number: number;
  reply: { ministryEn: string; ministryZh: string | null; repliedOn: Date } | null;
}

const fieldOrder = ["fullTextEn", "fullTextZh", "textEn", "textZh"];

export function numberNotes(submission: PublicSubmission): NumberedNote[] {
  const own = [...submission.notes].sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field) || a.start - b.start);
  const onReplies = submission.referrals.flatMap((referral) =>
    referral.replies.flatMap((reply) =>
      reply.notes.map((note) => ({ ...note, reply: { ministryEn: referral.ministry.nameEn, ministryZh: referral.ministry.nameZh, repliedOn: reply.repliedOn } })),
    ),
  );
  return [...own.map((note) => ({ ...note, reply: null })), ...onReplies].map((note, index) => ({ ...note, number: index + 1 }));
}

const isZh = (field: string) => field.endsWith("Zh");

export async function PublicNotes({ notes }: { notes: NumberedNote[] }) {
  if (notes.length === 0) return null;
  const t = await getTranslations("notes");
  return (
    <section aria-labelledby="notes-heading" className="grid gap-3">
      <h2 id="notes-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="max-w-prose text-sm text-muted">{t("explainer")}</p>
      <ol className="grid max-w-prose gap-4">
        {notes.map((note) => (
          <li key={note.id} id={`note-${note.id}`} className="grid scroll-mt-24 gap-1 border-l-2 border-amber-300 pl-3">
            <p className="text-sm font-semibold">
              {t("noteNumber", { n: note.number })}
              {note.reply ? (
                <span className="font-normal text-muted">
                  {" · "}
                  {t("onReply", { ministry: note.reply.ministryEn })} <LocalDate date={note.reply.repliedOn} />
                </span>
              ) : null}
            </p>
            <blockquote className="text-sm text-muted">
              “{isZh(note.field) ? <Zh>{note.quote}</Zh> : note.quote}”
            </blockquote>
            <p className="whitespace-pre-line">{note.body}</p>
            {note.reply ? null : (
              <a href={`#note-ref-${note.id}`} className="w-fit text-sm text-accent underline">
                {t("backToText")}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
