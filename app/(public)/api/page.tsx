import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DownloadTable } from "@/components/api/download-table";
import { EndpointTable } from "@/components/api/endpoint-table";
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from "@/lib/api/query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api");
  return { title: t("metaTitle"), description: t("description") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Code = ({ children }: { children: ReactNode }) => <code className="rounded bg-card px-1 font-mono text-[0.92em]">{children}</code>;

export default async function ApiPage() {
  const t = await getTranslations("api");
  const rich = {
    code: (chunks: ReactNode) => <Code>{chunks}</Code>,
    strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
    em: (chunks: ReactNode) => <em>{chunks}</em>,
  };
  const link = (href: string) => (chunks: ReactNode) => (
    <a className="underline hover:text-accent" href={href}>
      {chunks}
    </a>
  );
  const feeds: Array<{ path: ReactNode; rss?: string; atom?: string; note: "feedSubmissions" | "feedReplies" | "feedPerson" | "feedOrganization" | "feedMinistry" | "feedTopic" | "feedSearch" }> = [
    { path: "/feeds/submissions.atom", atom: "/feeds/submissions.atom", rss: "/feeds/submissions.rss", note: "feedSubmissions" },
    { path: "/feeds/replies.atom", atom: "/feeds/replies.atom", rss: "/feeds/replies.rss", note: "feedReplies" },
    { path: <>/feeds/people/<em>slug</em>/submissions.atom</>, note: "feedPerson" },
    { path: <>/feeds/organizations/<em>slug</em>/submissions.atom</>, note: "feedOrganization" },
    { path: <>/feeds/ministries/<em>slug</em>/replies.atom</>, note: "feedMinistry" },
    { path: <>/feeds/topics/<em>slug</em>/submissions.atom</>, note: "feedTopic" },
    { path: <>/feeds/search.atom?q=<em>words</em></>, note: "feedSearch" },
  ];
  return (
    <article className="grid max-w-4xl gap-10">
      <header className="grid gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-prose text-lg text-muted">{t("intro")}</p>
      </header>

      <Section id="api" title={t("apiTitle")}>
        <p className="max-w-prose">{t.rich("apiIntro", { ...rich, link: link("/api/v1/openapi.json") })}</p>
        <EndpointTable />
        <pre className="overflow-x-auto rounded border border-rule bg-card p-3 font-mono text-sm">
          {`curl 'https://<this site>/api/v1/submissions?year=2022&body=CPPCC&limit=20'`}
        </pre>
        <ul className="max-w-prose list-disc space-y-2 pl-5">
          <li>{t.rich("pages", { ...rich, default: API_DEFAULT_LIMIT, max: API_MAX_LIMIT })}</li>
          <li>{t.rich("ids", { ...rich, idPlaceholder: "<id>" })}</li>
          <li>{t.rich("caching", rich)}</li>
          <li>{t.rich("limits", rich)}</li>
          <li>
            {t.rich("errors", rich)} <Code>{`{"error": {"code": "invalid_query", "fields": {"year": ["must be a year such as 2022"]}}}`}</Code>.
          </li>
        </ul>
      </Section>

      <Section id="feeds" title={t("feedsTitle")}>
        <p className="max-w-prose">{t.rich("feedsIntro", rich)}</p>
        <ul className="grid gap-2 font-mono text-sm">
          {feeds.map((feed) => (
            <li key={feed.note}>
              {feed.atom ? (
                <>
                  <a className="underline hover:text-accent" href={feed.atom}>{feed.path}</a>
                  {" · "}
                  <a className="underline hover:text-accent" href={feed.rss}>.rss</a>
                </>
              ) : (
                feed.path
              )}
              <span className="font-sans text-muted">{t(feed.note)}</span>
            </li>
          ))}
        </ul>
        <p className="max-w-prose text-sm text-muted">{t.rich("slugNote", rich)}</p>
      </Section>

      <Section id="downloads" title={t("downloadsTitle")}>
        <p className="max-w-prose">{t.rich("downloadsIntro", { ...rich, link: link("/downloads/tracker.json") })}</p>
        <DownloadTable exampleYear={2022} />
      </Section>
    </article>
  );
}
