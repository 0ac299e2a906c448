import { getTranslations } from "next-intl/server";
import type { PublicSessionYear } from "@/lib/data/public/sessions";
import { sessionHref } from "@/lib/format/links";

// Each earlier year links to its session page, which compares it with the year before.
export async function EarlierSessions({ sessions }: { sessions: PublicSessionYear[] }) {
  if (sessions.length === 0) return null;
  const [t, tp] = await Promise.all([getTranslations("session"), getTranslations("pages")]);
  return (
    <section aria-labelledby="earlier-heading" className="grid gap-3">
      <h2 id="earlier-heading" className="text-xl font-bold">
        {t("earlier")}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {sessions.map((session) => (
          <li key={session.id}>
            <a
              href={sessionHref(session.year)}
              className="inline-block rounded-md border border-rule bg-card px-4 py-2 font-semibold tabular-nums hover:border-ink"
            >
              {session.year}
              <span className="sr-only">{tp("sessionSr")}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
