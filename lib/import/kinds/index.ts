import { organizationsKind, peopleKind } from "@/lib/import/kinds/named-records";
import { referralsKind } from "@/lib/import/kinds/referrals";
import { repliesKind } from "@/lib/import/kinds/replies";
import { submissionsKind } from "@/lib/import/kinds/submissions";
import type { ImportKind, ImportKindName } from "@/lib/import/types";

export const importKinds: Record<ImportKindName, ImportKind<unknown>> = {
  submissions: submissionsKind as ImportKind<unknown>,
  referrals: referralsKind as ImportKind<unknown>,
  replies: repliesKind as ImportKind<unknown>,
  people: peopleKind as ImportKind<unknown>,
  organizations: organizationsKind as ImportKind<unknown>,
};
