import type { RecordType } from "@/lib/records/types";
import { reindexOrganization, reindexPerson, reindexSession, reindexSubmission, reindexTopic } from "@/lib/search/reindex";
import type { Tx } from "@/lib/search/reindex-shared";

// Which part of the search index a saved record touches. The back office's one save path
// (recordSave: create, update, restore, trash, scheduled publication) calls this inside the save's
// transaction, so no write path has to remember the index and none can forget it.
export async function reindexRecord(tx: Tx, type: RecordType, id: string): Promise<void> {
  switch (type) {
    case "Submission":
      return reindexSubmission(tx, id);
    case "Person":
      return reindexPerson(tx, id);
    case "Organization":
      return reindexOrganization(tx, id);
    case "Topic":
      return reindexTopic(tx, id);
    case "Session":
      return reindexSession(tx, id);
    case "Referral": {
      const referral = await tx.referral.findUnique({ where: { id }, select: { submissionId: true } });
      return referral ? reindexSubmission(tx, referral.submissionId) : undefined;
    }
    case "Reply": {
      const reply = await tx.reply.findUnique({ where: { id }, select: { referral: { select: { submissionId: true } } } });
      return reply ? reindexSubmission(tx, reply.referral.submissionId) : undefined;
    }
    case "Affiliation": {
      // A person's result shows their roles; the submissions that name them need no change.
      const affiliation = await tx.affiliation.findUnique({ where: { id }, select: { personId: true } });
      return affiliation ? reindexPerson(tx, affiliation.personId, { cascade: false }) : undefined;
    }
    case "Angle": {
      const angle = await tx.angle.findUnique({ where: { id }, select: { submissionId: true } });
      return angle ? reindexSubmission(tx, angle.submissionId) : undefined;
    }
    case "Membership":
      return undefined;
  }
}
