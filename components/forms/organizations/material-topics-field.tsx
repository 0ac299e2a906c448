"use client";

import type { LookupOption } from "@/lib/data/lookups";
import { TopicCheckboxes } from "../topic-checkboxes";

// Topics an editor judges material to the organization. The public "notable silences" list the
// organization's members who filed nothing on them in a session. Reporters see the choice but
// cannot change it (the server refuses it too).

export function MaterialTopicsField({ topics, editable }: { topics: LookupOption[]; editable: boolean }) {
  return (
    <TopicCheckboxes
      name="materialTopicIds"
      legend="Material topics"
      hint={(chosen) =>
        editable
          ? `${chosen} chosen. Its members who file nothing on these in a session are listed publicly as notable silences.`
          : "An editor marks these: they decide which silences are listed publicly."
      }
      topics={topics}
      disabled={!editable}
    />
  );
}
