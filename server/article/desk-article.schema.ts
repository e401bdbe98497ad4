import { z } from 'zod';
import { ARTICLE_STATES, UPDATE_ACTIONS, UPDATE_STATES } from '../workflow/states';
import { checklistResultSchema } from '../checklist/publish-checklist.schema';
import { NOTE_KINDS } from './update.schema';
import { availableActionSchema } from './workflow.schema';

/** What article.get returns to the desk (never a raw row). */
export const deskArticleSchema = z.object({
  id: z.string(),
  /** The actor may edit now; editNote says what saving will do, or why they can't. */
  canEdit: z.boolean(),
  canCreateTags: z.boolean(),
  canChangeSlug: z.boolean(),
  canRemoveNotes: z.boolean(),
  /** Public notes published with updates, newest first; removed ones stay listed, marked. */
  notes: z.array(
    z.object({ id: z.string(), kind: z.enum(NOTE_KINDS), text: z.string(), publishedAt: z.date(), removedAt: z.date().nullable(), removedReason: z.string().nullable() }),
  ),
  /** Times in the desk are entered and shown in this IANA zone. */
  newsroomTimeZone: z.string(),
  editNote: z.string().nullable(),
  version: z.number(),
  state: z.enum(ARTICLE_STATES),
  headline: z.string(),
  slug: z.string(),
  standfirst: z.string(),
  body: z.unknown(),
  bodyHtml: z.string(),
  wordCount: z.number(),
  readingMinutes: z.number(),
  section: z.object({ id: z.string(), name: z.string() }).nullable(),
  bylines: z.array(
    z.union([
      z.object({ userId: z.string(), name: z.string() }),
      z.object({ contributorName: z.string(), name: z.string() }),
    ]),
  ),
  sources: z.array(z.object({ name: z.string(), url: z.string().nullable() })),
  tags: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
  leadImage: z
    .object({ assetId: z.string(), url: z.string(), caption: z.string(), credit: z.string(), alt: z.string() })
    .nullable(),
  publishAt: z.date().nullable(),
  unpublishAt: z.date().nullable(),
  /** Not before readers until then (shown while it holds); the actor may set, move or lift it. */
  embargoUntil: z.date().nullable(),
  canEmbargo: z.boolean(),
  /** Set while taken down: the ground (451 or 410) and the notice readers see. */
  takedown: z.object({ ground: z.enum(['LEGAL', 'SAFETY']), notice: z.string().nullable() }).nullable(),
  /** A live blog, and what the actor may do with it (from THE permission table; the rules decide each entry). */
  liveBlog: z.object({ isLiveBlog: z.boolean(), canModerate: z.boolean(), canPost: z.boolean() }),
  publishedAt: z.date().nullable(),
  contentUpdatedAt: z.date().nullable(),
  updatedAt: z.date(),
  lastModifiedBy: z.string().nullable(),
  /** The pre-publish checklist items that apply to this article, met or not. */
  checklist: z.array(checklistResultSchema),
  actions: z.array(availableActionSchema),
  /** A live article's pending update: readers see the live copy until it is published. */
  pendingUpdate: z
    .object({
      state: z.enum(UPDATE_STATES),
      liveRevisionId: z.string(),
      workingRevisionId: z.string(),
      actions: z.array(z.object({ action: z.enum(UPDATE_ACTIONS), label: z.string(), needsComment: z.boolean(), blockedBecause: z.string().nullable() })),
    })
    .nullable(),
  timeline: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      actorName: z.string(),
      fromState: z.enum(ARTICLE_STATES).nullable(),
      toState: z.enum(ARTICLE_STATES).nullable(),
      comment: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
});
