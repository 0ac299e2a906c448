import { getTranslations } from "next-intl/server";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { Section } from "@/components/tracker/section";
import type { OrganizationSilences } from "@/lib/data/public/silences";
import { organizationHref, personHref, topicHref } from "@/lib/format/links";
import type { Silence } from "@/lib/stats/silences";

// Notable silences: who filed nothing on a topic material to their organization.

function TopicLinks({ topics }: { topics: Silence["topics"] }) {
  return (
    <>
      {topics.map((topic, index) => (
        <span key={topic.slug}>
          {index > 0 && ", "}
          <a href={topicHref(topic.slug)} className="underline hover:text-ink">
            <BilingualName nameEn={topic.nameEn} nameZh={topic.nameZh} />
          </a>
        </span>
      ))}
    </>
  );
}

async function SilenceItems({ silences, showOrganization }: { silences: Silence[]; showOrganization: boolean }) {
  const t = await getTranslations("silences");
  return (
    <ul className="grid gap-2 text-sm">
      {silences.map((silence) => (
        <li key={`${silence.organization.slug}:${silence.person.slug}`} data-testid="silence">
          <a href={personHref(silence.person.slug)} className="font-semibold underline hover:text-accent">
            <BilingualName nameEn={silence.person.nameEn} nameZh={silence.person.nameZh} />
          </a>
          {showOrganization && (
            <>
              {" "}
              <span className="text-muted">({t("of")}{" "}</span>
              <a href={organizationHref(silence.organization.slug)} className="text-muted underline hover:text-ink">
                <BilingualName nameEn={silence.organization.nameEn} nameZh={silence.organization.nameZh} />
              </a>
              <span className="text-muted">)</span>
            </>
          )}{" "}
          <span className="text-muted">{t("filedNothingOn")}</span> <TopicLinks topics={silence.topics} />
        </li>
      ))}
    </ul>
  );
}

export async function SessionSilences({ silences }: { silences: Silence[] }) {
  const t = await getTranslations("silences");
  return (
    <Section id="silences-heading" title={t("title")} intro={t("sessionIntro")}>
      {silences.length === 0 ? <p className="text-muted">{t("empty")}</p> : <SilenceItems silences={silences} showOrganization />}
    </Section>
  );
}

export async function OrganizationSilenceList({ data }: { data: OrganizationSilences }) {
  const t = await getTranslations("silences");
  return (
    <Section id="silences-heading" title={t("title")} intro={t("organizationIntro")}>
      {!data.judged ? (
        <p className="text-muted">{t("notJudged")}</p>
      ) : (
        <>
          <p className="text-sm">
            {t("materialTopics")} <TopicLinks topics={data.topics} />
          </p>
          {data.years.length === 0 ? (
            <p className="text-muted">{t("noneYet")}</p>
          ) : (
            data.years.map((entry) => (
              <div key={entry.year} className="grid gap-1">
                <h3 className="font-semibold">{t("sessionYear", { year: entry.year })}</h3>
                <SilenceItems silences={entry.silences} showOrganization={false} />
              </div>
            ))
          )}
        </>
      )}
    </Section>
  );
}
