import { getLocale, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import type { RepeatChainItem } from "@/lib/data/public/repeats";
import { submissionHref } from "@/lib/format/links";

// "Also raised in 2019, 2020 and 2022": the years of a repeat chain, each a link to that year's
// submission, joined the way the reader's language lists things (Intl.ListFormat: "2019, 2020 and
// 2022", "2019、2020和2022").

function titleOf(item: RepeatChainItem, zh: boolean): string {
  return (zh ? item.titleZh ?? item.titleEn : item.titleEn ?? item.titleZh) ?? String(item.year);
}

async function YearLinks({ items }: { items: RepeatChainItem[] }): Promise<ReactNode> {
  const locale = await getLocale();
  const zh = locale === "zh";
  const list = new Intl.ListFormat(zh ? "zh" : "en-GB", { type: "conjunction" });
  let index = 0;
  return list.formatToParts(items.map((item) => String(item.year))).map((part, key) => {
    if (part.type === "literal") return <Fragment key={key}>{part.value}</Fragment>;
    const item = items[index++];
    return (
      <a key={key} href={submissionHref(item.slug)} className="underline" title={titleOf(item, zh)}>
        {item.year}
      </a>
    );
  });
}

/** On a submission page: the other years its matter was raised in, or nothing. */
export async function AlsoRaisedIn({ items }: { items: RepeatChainItem[] }) {
  if (items.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("repeats"), getLocale()]);
  const zh = locale === "zh";
  return (
    <section aria-labelledby="repeats-heading" className="grid gap-2 rounded-md border border-rule bg-card p-4">
      <h2 id="repeats-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">{t("heading")}</h2>
      <p>{t.rich("alsoRaisedIn", { years: () => <YearLinks items={items} /> })}</p>
      <ul className="grid gap-1 text-sm text-muted">
        {items.map((item) => (
          <li key={item.id}>
            <a href={submissionHref(item.slug)} className="underline">{titleOf(item, zh)}</a> ({item.year}, {item.body})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a person page: each matter they raised in several sessions, with its years. */
export async function RepeatedMatters({ chains }: { chains: RepeatChainItem[][] }) {
  if (chains.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("repeats"), getLocale()]);
  const zh = locale === "zh";
  return (
    <section aria-labelledby="repeated-matters-heading" className="grid content-start gap-3">
      <h2 id="repeated-matters-heading" className="text-2xl font-bold">{t("personHeading")}</h2>
      <p className="text-sm text-muted">{t("personIntro")}</p>
      <ul className="grid gap-2">
        {chains.map((chain) => {
          const latest = chain[chain.length - 1];
          return (
            <li key={chain.map((item) => item.id).join(",")}>
              <a href={submissionHref(latest.slug)} className="font-medium underline">{titleOf(latest, zh)}</a>
              <p className="text-sm text-muted">{t.rich("raisedIn", { years: () => <YearLinks items={chain} /> })}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
