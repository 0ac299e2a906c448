"use client";

import type { LookupOption } from "@/lib/data/lookups";
import { TopicCheckboxes } from "./topic-checkboxes";

export function SubmissionTopicsField({ topics }: { topics: LookupOption[] }) {
  return (
    <TopicCheckboxes
      name="topicIds"
      legend="Topics"
      hint={(chosen) => `${chosen} chosen. Readers follow topics, so pick the ones the submission is about.`}
      topics={topics}
    />
  );
}
