import type { NamedRef } from "@/lib/data/public/submissions";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { topicHref } from "@/lib/format/links";

// Each topic links to its page: what else was filed on it, over time and by whom.
export function TopicList({ topics, label = "Topics" }: { topics: NamedRef[]; label?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a
            href={topicHref(topic.slug)}
            className="inline-block rounded-full bg-ink/[0.06] px-2.5 py-0.5 text-xs text-ink hover:bg-ink/[0.12] hover:underline"
          >
            <BilingualName nameEn={topic.nameEn} nameZh={topic.nameZh} />
          </a>
        </li>
      ))}
    </ul>
  );
}
