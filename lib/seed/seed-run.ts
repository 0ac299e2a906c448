import type { Prisma } from "@/lib/generated/prisma/client";
import { PublicationStatus } from "@/lib/generated/prisma/enums";

// Bookkeeping shared by every step of one seed run: the transaction, the source every seeded fact
// cites, and counts of what was created or found. Each record is looked up by its natural key
// first and created only when missing; an existing record is never updated, so re-running the
// seed changes nothing and never undoes an editor's correction.

export type Tx = Prisma.TransactionClient;

export const seededEntities = [
  "source",
  "session",
  "organization",
  "interest",
  "person",
  "membership",
  "affiliation",
  "topic",
  "submission",
  "submissionParty",
  "submissionTopic",
  "angle",
  "citation",
] as const;

export type SeededEntity = (typeof seededEntities)[number];
export type SeedCounts = Record<SeededEntity, number>;

const citationTargets = [
  "sessionId",
  "personId",
  "organizationId",
  "interestId",
  "membershipId",
  "affiliationId",
  "topicId",
  "submissionId",
  "angleId",
] as const;

type CitationTargetKey = (typeof citationTargets)[number];
/** Exactly one target column: the database refuses a citation with none or several. */
export type CitationTarget = { [K in CitationTargetKey]: { [P in K]: string } }[CitationTargetKey];

function zeroCounts(): SeedCounts {
  return Object.fromEntries(seededEntities.map((entity) => [entity, 0])) as SeedCounts;
}

export class SeedRun {
  readonly created = zeroCounts();
  readonly existing = zeroCounts();
  sourceId = "";

  constructor(
    readonly tx: Tx,
    readonly publishedAt: Date,
  ) {}

  /** Fields that make a seeded record public: everything in the starter data is published. */
  get published() {
    return { status: PublicationStatus.PUBLISHED, publishedAt: this.publishedAt };
  }

  async ensure<T>(entity: SeededEntity, find: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
    const found = await find();
    if (found) {
      this.existing[entity]++;
      return found;
    }
    this.created[entity]++;
    return create();
  }

  /** Cites the run's source for one record, once. */
  async cite(target: CitationTarget): Promise<void> {
    const where = { sourceId: this.sourceId, ...target };
    await this.ensure(
      "citation",
      () => this.tx.citation.findFirst({ where, select: { id: true } }),
      () => this.tx.citation.create({ data: where, select: { id: true } }),
    );
  }

  /** The id a renamed record left behind at its old slug, so the seed finds it instead of duplicating it. */
  async redirectedId(entityType: string, oldSlug: string): Promise<string | undefined> {
    const redirect = await this.tx.slugRedirect.findUnique({
      where: { entityType_oldSlug: { entityType, oldSlug } },
      select: { entityId: true },
    });
    return redirect?.entityId;
  }

  /** A where clause matching a record by its slug or by a redirect from that slug. */
  async bySlug(entityType: string, slug: string): Promise<{ OR: Array<{ slug: string } | { id: string }> }> {
    const id = await this.redirectedId(entityType, slug);
    return { OR: id ? [{ slug }, { id }] : [{ slug }] };
  }

  totalCreated(): number {
    return seededEntities.reduce((total, entity) => total + this.created[entity], 0);
  }
}

/** "digital economy" -> "Digital economy"; "Web3", "NFT", "SMEs" are left as they are. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
