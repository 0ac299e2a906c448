import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { partyHref } from "@/lib/format/links";

interface PartyName {
  type: "person" | "organization";
  slug: string;
  nameEn: string;
  nameZh: string | null;
}

/** "马化腾 Ma Huateng and 雷军 Lei Jun", each linking to their page. */
export async function PartyNames({ parties }: { parties: PartyName[] }) {
  const t = await getTranslations("pages");
  if (parties.length === 0) return <span className="text-muted">{t("submitterNotPublished")}</span>;
  return (
    <>
      {parties.map((party, index) => (
        <Fragment key={`${party.type}-${party.slug}`}>
          {index > 0 && (index === parties.length - 1 ? t("and") : t("comma"))}
          <a href={partyHref(party)} className="text-ink hover:text-accent hover:underline">
            <BilingualName
              nameEn={party.nameEn}
              nameZh={party.nameZh}
              order={party.type === "person" ? "zh-first" : "en-first"}
              className="font-semibold"
            />
          </a>
        </Fragment>
      ))}
    </>
  );
}
