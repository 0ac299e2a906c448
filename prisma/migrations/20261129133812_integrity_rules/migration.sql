-- Rules Prisma's schema language cannot express. Kept to SQL that PostgreSQL 15 and PGlite (18) both accept.

-- A submitter or co-signer is a person or an organization, never both, never neither.
ALTER TABLE "SubmissionParty" ADD CONSTRAINT "SubmissionParty_one_party_check"
  CHECK (num_nonnulls("personId", "organizationId") = 1);

-- A citation supports exactly one fact.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_target_check"
  CHECK (num_nonnulls("sessionId", "personId", "organizationId", "interestId", "membershipId",
    "affiliationId", "topicId", "submissionId", "referralId", "replyId", "angleId") = 1);

ALTER TABLE "Session" ADD CONSTRAINT "Session_dates_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_due_check" CHECK ("dueOn" >= "referredOn");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_years_check"
  CHECK ("fromYear" IS NULL OR "toYear" IS NULL OR "toYear" >= "fromYear");
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_years_check"
  CHECK ("fromYear" IS NULL OR "toYear" IS NULL OR "toYear" >= "fromYear");
ALTER TABLE "Note" ADD CONSTRAINT "Note_one_target_check"
  CHECK ("parentId" IS NOT NULL OR num_nonnulls("submissionId", "replyId") = 1);

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

CREATE TRIGGER "AuditEntry_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER "AuditEntry_no_truncate"
  BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
