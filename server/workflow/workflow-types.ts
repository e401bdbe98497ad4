import type { PublishChecklist } from '../checklist/publish-checklist.schema';
import type { Role } from '../auth/permissions';
import type { ArticleState } from './states';

/** Who acts: a staff member, or the system (the scheduler). */
export type WorkflowActor = { kind: 'staff'; id: string; role: Role } | { kind: 'system' };

/** The facts about an article that the rules read. The database layer fills it (article/workflow-facts.ts). */
export type WorkflowArticle = {
  state: ArticleState;
  /** Staff members credited in the bylines: the authors the "own" permissions and four-eyes rule look at. */
  bylineUserIds: string[];
  /** Every byline, including outside contributors, who have no account. */
  bylineCount: number;
  headline: string;
  standfirst: string;
  /** Plain text of the body. */
  bodyText: string;
  /** Words in the body (as the desk counts them). */
  wordCount: number;
  tagCount: number;
  sourceCount: number;
  sectionId: string | null;
  /** Another article already uses this article's slug (looked up by the caller). */
  slugTaken: boolean;
  leadImage: { credit: string; alt: string } | null;
  /** Images it uses whose usage rights end (media/image-rights-facts.ts); absent or empty: none do. */
  imageRights?: ImageRights[];
  /** Who had a hand in it since it was created; the four-eyes rule reads these, not only the byline. */
  contributions: Contributions;
  /** Not before readers until then (workflow/embargo.ts). */
  embargoUntil: Date | null;
};

/** An image the article uses, and when its usage rights end. */
export type ImageRights = { what: 'the lead image' | 'an image in the text'; endsAt: Date };

/**
 * Everyone the article's history names (article/workflow-facts.ts keeps them as rows, added in the same
 * transaction as the change, never removed). Staff user ids.
 */
export type Contributions = {
  /** Held a staff byline at any time (the current bylines included). */
  everBylineUserIds: string[];
  /** Wrote or changed its content while it was not live: started it, saved it, restored a revision. */
  writerUserIds: string[];
  /** Changed it while it was live (corrections). */
  correctorUserIds: string[];
};

export type WorkflowSettings = { fourEyesApproval: boolean };

/** What a decision reads besides who may act: the checklist's required items are preconditions too. */
export type DecisionSettings = WorkflowSettings & { publishChecklist: PublishChecklist };

export type WorkflowInput = {
  /** The comment for requestChanges, or the reason for unpublish; stored on the step's event. */
  comment?: string | null;
  /** When a scheduled article goes live (schedule and reschedule only). */
  publishAt?: Date | null;
  /** When it comes down again on its own, if ever (schedule and reschedule only; after publishAt). */
  unpublishAt?: Date | null;
  /** A takedown's ground and the notice readers see, if any (takeDown only). */
  takedown?: { ground: TakedownGround; notice: string | null } | null;
};

export const TAKEDOWN_GROUNDS = ['LEGAL', 'SAFETY'] as const;
/** A legal order (the address answers 451) or safety (410). */
export type TakedownGround = (typeof TAKEDOWN_GROUNDS)[number];
