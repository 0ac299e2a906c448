import { AngleForm } from "@/components/forms/records/angle-form";
import { OrganizationForm } from "@/components/forms/records/organization-form";
import { PersonForm } from "@/components/forms/records/person-form";
import { ReferralForm } from "@/components/forms/records/referral-form";
import { ReplyForm } from "@/components/forms/records/reply-form";
import { SessionForm } from "@/components/forms/records/session-form";
import { TopicForm } from "@/components/forms/records/topic-form";
import { AffiliationForm, MembershipForm } from "@/components/forms/records/membership-form";
import type { RecordLookups } from "@/lib/data/lookups";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import type { RecordType } from "@/lib/records/types";
import { emptyAngle } from "@/lib/validation/angle";
import { emptyOrganization } from "@/lib/validation/organization";
import { emptyPerson } from "@/lib/validation/person";
import { emptyReferral } from "@/lib/validation/referral";
import { emptyReply } from "@/lib/validation/reply";
import { emptySession } from "@/lib/validation/session";
import { emptyTopic } from "@/lib/validation/topic";
import { emptyAffiliation, emptyMembership } from "@/lib/validation/membership";

// Picks the form of a record type for the generic new and edit pages.

export const emptyValues: Record<Exclude<RecordType, "Submission">, object> = {
  Session: emptySession, Person: emptyPerson, Organization: emptyOrganization, Topic: emptyTopic,
  Referral: emptyReferral, Reply: emptyReply, Membership: emptyMembership, Affiliation: emptyAffiliation,
  Angle: emptyAngle,
};

interface Props {
  type: Exclude<RecordType, "Submission">;
  recordId?: string;
  values: object;
  readOnly: boolean;
  allowedStatuses: readonly PublicationStatus[];
  lookups: RecordLookups;
}

export function RecordFormFor({ type, recordId, values, readOnly, allowedStatuses, lookups }: Props) {
  const common = { recordId, readOnly, allowedStatuses, initialValues: values as never };
  switch (type) {
    case "Topic": return <TopicForm {...common} />;
    case "Person": return <PersonForm {...common} />;
    case "Organization": return <OrganizationForm {...common} lookups={lookups} />;
    case "Session": return <SessionForm {...common} />;
    case "Referral": return <ReferralForm {...common} lookups={lookups} />;
    case "Reply": return <ReplyForm {...common} lookups={lookups} />;
    case "Membership": return <MembershipForm {...common} lookups={lookups} />;
    case "Affiliation": return <AffiliationForm {...common} lookups={lookups} />;
    case "Angle": return <AngleForm {...common} lookups={lookups} />;
  }
}
