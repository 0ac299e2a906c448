import type { NamedRef } from "@/lib/data/public/submissions";
import { BilingualName } from "@/components/tracker/bilingual-name";

// Plain text for now: /topics/[slug] pages are a later slice, and a link to a 404 is worse than none.
export function TopicList({ topics, label = "Topics" }: { topics: NamedRef[]; label?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {topics.map((topic) => (
        <li key={topic.slug} className="rounded-full bg-ink/[0.06] px-2.5 py-0.5 text-xs text-ink">
          <BilingualName nameEn={topic.nameEn} nameZh={topic.nameZh} />
        </li>
      ))}
    </ul>
  );
}
