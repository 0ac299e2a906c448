import { getTranslations } from "next-intl/server";

// Shared by the root 404 (unknown addresses) and the public one (unknown or unpublished records).
// It does not say whether a record exists but is unpublished: that would leak drafts.
export async function NotFoundPanel() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto grid max-w-2xl gap-4 py-10">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t("eyebrow")}</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
      <p className="text-muted">{t("text")}</p>
      <ul className="mt-2 grid gap-2">
        <li>
          <a href="/" className="font-semibold underline hover:text-accent">
            {t("latest")}
          </a>
        </li>
        <li>
          <a href="/submissions" className="font-semibold underline hover:text-accent">
            {t("browse")}
          </a>
        </li>
      </ul>
    </div>
  );
}
