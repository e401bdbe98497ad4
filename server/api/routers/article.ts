import { z } from 'zod';
import { articleContentSchema, articleIdSchema, createArticleSchema, saveArticleSchema } from '../../article/article.schema';
import { articleFormOptions } from '../../article/form-options';
import { articleListInputSchema, articleListPageSchema } from '../../article/article-list.schema';
import { changesSinceLastSubmission, changesSinceSubmissionSchema } from '../../article/changes-since-submission';
import { createArticle } from '../../article/create-article';
import { headlineTwins, headlineTwinsInputSchema, headlineTwinsSchema } from '../../article/headline-twins';
import { dashboardPanelSchema, deskDashboard } from '../../article/desk-dashboard';
import { deskArticleSchema } from '../../article/desk-article.schema';
import { getDeskArticle } from '../../article/get-desk-article';
import { keepConflictCopy } from '../../article/keep-conflict-copy';
import { listArticles } from '../../article/list-articles';
import { restoreRevision } from '../../article/restore-revision';
import { discardUpdate } from '../../article/discard-update';
import { diffRevisions, listRevisions, revisionDiffSchema, revisionRowSchema } from '../../article/revisions';
import { saveArticle } from '../../article/save-article';
import { setEmbargo } from '../../article/set-embargo';
import { transitionArticle, type StepInput } from '../../article/transition-article';
import {
  commentStepSchema,
  embargoSchema,
  plainStepSchema,
  reasonStepSchema,
  reinstateStepSchema,
  scheduleStepSchema,
  takedownStepSchema,
  workflowResultSchema,
} from '../../article/workflow.schema';
import { changeArticleSlug } from '../../article/change-article-slug';
import { removeArticleNote } from '../../article/remove-article-note';
import { takeUpdateStep } from '../../article/take-update-step';
import { changeSlugSchema, publishUpdateSchema, removeNoteSchema, updateResultSchema, type PublicNoteInput } from '../../article/update.schema';
import { aroundLiveDocument } from '../../collab/live-article';
import { createTag, createTagSchema } from '../../tag/create-tag';
import type { UpdateAction, WorkflowAction } from '../../workflow/states';
import { deskWriteProcedure, procedureRequiring, router, staffProcedure } from '../trpc';

/**
 * One workflow step: its input schema, the action, and what of the input the rules need (comment, time).
 * Any staff member may call it: whether THIS actor may take THIS step on THIS article is for the workflow
 * rules to say (with the reason), not for a coarse role gate here.
 */
function workflowStep<Schema extends z.ZodType<{ id: string; expectedVersion: number }>>(
  schema: Schema,
  action: WorkflowAction,
  ruleInput: (input: z.output<Schema>) => StepInput = () => ({}),
) {
  return staffProcedure
    .input(schema)
    .output(workflowResultSchema)
    .mutation(({ ctx, input }) =>
      aroundLiveDocument(input.id, { flushFirst: true }, () =>
        transitionArticle({
          db: ctx.db,
          actor: ctx.actor,
          articleId: input.id,
          expectedVersion: input.expectedVersion,
          action,
          // tRPC types a generic schema's parsed input conditionally; it is the schema's output.
          input: ruleInput(input as z.output<Schema>),
          revalidate: ctx.revalidatePublicPages,
        }),
      ),
    );
}

/** One step of a live article's pending update; as with workflowStep, the rules say who may take it (workflow/update.ts). */
function updateStep<Schema extends z.ZodType<{ id: string; expectedVersion: number }>>(
  schema: Schema,
  action: Exclude<UpdateAction, 'discardUpdate'>,
  stepInput: (input: z.output<Schema>) => { comment?: string; note?: PublicNoteInput | null } = () => ({}),
) {
  return staffProcedure
    .input(schema)
    .output(updateResultSchema)
    .mutation(({ ctx, input }) =>
      takeUpdateStep({
        db: ctx.db,
        actor: ctx.actor,
        articleId: input.id,
        expectedVersion: input.expectedVersion,
        action,
        ...stepInput(input as z.output<Schema>),
        revalidate: ctx.revalidatePublicPages,
      }),
    );
}

export const articleRouter = router({
  create: procedureRequiring('article.create')
    .input(createArticleSchema)
    .output(z.object({ id: z.string(), slug: z.string(), version: z.number() }))
    .mutation(({ ctx, input }) => createArticle({ db: ctx.db, actor: ctx.actor, input })),

  save: deskWriteProcedure
    .input(saveArticleSchema)
    .output(
      z.object({
        id: z.string(),
        version: z.number(),
        state: workflowResultSchema.shape.state,
        slug: z.string(),
        updatedAt: z.date(),
        wordCount: z.number(),
        readingMinutes: z.number(),
      }),
    )
    .mutation(({ ctx, input }) =>
      aroundLiveDocument(input.id, { flushFirst: false }, () =>
        saveArticle({
          db: ctx.db,
          actor: ctx.actor,
          articleId: input.id,
          expectedVersion: input.expectedVersion,
          content: input.content,
          revalidate: ctx.revalidatePublicPages,
        }),
      ),
    ),

  createTag: staffProcedure
    .input(createTagSchema)
    .output(z.object({ id: z.string(), name: z.string() }))
    .mutation(({ ctx, input }) => createTag(ctx.db, { actor: ctx.actor, name: input.name })),

  keepConflictCopy: deskWriteProcedure
    .input(z.object({ id: articleIdSchema, content: articleContentSchema }))
    .output(z.object({ revisionCount: z.number() }))
    .mutation(({ ctx, input }) => keepConflictCopy({ db: ctx.db, actor: ctx.actor, articleId: input.id, content: input.content })),

  revisions: staffProcedure
    .input(z.object({ id: articleIdSchema }))
    .output(z.array(revisionRowSchema))
    .query(({ ctx, input }) => listRevisions(ctx.db, { actor: ctx.actor, articleId: input.id })),

  diffRevisions: staffProcedure
    .input(z.object({ id: articleIdSchema, fromId: z.string().uuid(), toId: z.string().uuid() }))
    .output(revisionDiffSchema)
    .query(({ ctx, input }) => diffRevisions(ctx.db, { actor: ctx.actor, articleId: input.id, fromId: input.fromId, toId: input.toId })),

  /** Other articles with this headline (or its address), for the warning before the slug gets a suffix. */
  headlineTwins: staffProcedure
    .input(headlineTwinsInputSchema)
    .output(headlineTwinsSchema)
    .query(({ ctx, input }) => headlineTwins(ctx.db, { actor: ctx.actor, articleId: input.id, headline: input.headline })),

  /** For the reviewer: the text as submitted the time before, against the text now (null if submitted once). */
  changesSinceSubmission: staffProcedure
    .input(z.object({ id: articleIdSchema }))
    .output(changesSinceSubmissionSchema)
    .query(({ ctx, input }) => changesSinceLastSubmission(ctx.db, { actor: ctx.actor, articleId: input.id })),

  restoreRevision: deskWriteProcedure
    .input(z.object({ id: articleIdSchema, revisionId: z.string().uuid(), expectedVersion: z.number().int().positive() }))
    .output(z.object({ id: z.string(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const { id, version } = await aroundLiveDocument(input.id, { flushFirst: false }, () =>
        restoreRevision({
          db: ctx.db, actor: ctx.actor, articleId: input.id, revisionId: input.revisionId, expectedVersion: input.expectedVersion,
          revalidate: ctx.revalidatePublicPages,
        }),
      );
      return { id, version };
    }),

  get: staffProcedure
    .input(z.object({ id: articleIdSchema }))
    .output(deskArticleSchema)
    .query(({ ctx, input }) => getDeskArticle(ctx.db, { actor: ctx.actor, articleId: input.id })),

  list: staffProcedure
    .input(articleListInputSchema)
    .output(articleListPageSchema)
    .query(({ ctx, input }) => listArticles(ctx.db, { actor: ctx.actor, query: input })),

  dashboard: staffProcedure
    .input(z.void())
    .output(z.array(dashboardPanelSchema))
    .query(({ ctx }) => deskDashboard(ctx.db, { actor: ctx.actor })),

  formOptions: staffProcedure
    .input(z.void())
    .output(
      z.object({
        sections: z.array(z.object({ id: z.string(), name: z.string() })),
        tags: z.array(z.object({ id: z.string(), name: z.string() })),
        staff: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    )
    .query(({ ctx }) => articleFormOptions(ctx.db)),

  submit: workflowStep(plainStepSchema, 'submit'),
  approve: workflowStep(plainStepSchema, 'approve'),
  unschedule: workflowStep(plainStepSchema, 'unschedule'),
  publish: workflowStep(plainStepSchema, 'publish'),
  republish: workflowStep(plainStepSchema, 'republish'),
  archive: workflowStep(plainStepSchema, 'archive'),
  restore: workflowStep(plainStepSchema, 'restore'),
  requestChanges: workflowStep(commentStepSchema, 'requestChanges', (input) => ({ comment: input.comment })),
  unpublish: workflowStep(reasonStepSchema, 'unpublish', (input) => ({ comment: input.reason })),
  schedule: workflowStep(scheduleStepSchema, 'schedule', toPlannedTimes),
  reschedule: workflowStep(scheduleStepSchema, 'reschedule', toPlannedTimes),
  takeDown: workflowStep(takedownStepSchema, 'takeDown', (input) => ({
    comment: input.reason,
    takedown: { ground: input.ground, notice: input.notice || null },
  })),
  reinstate: workflowStep(reinstateStepSchema, 'reinstate', (input) => ({ comment: input.reason })),

  /** Sets or moves the embargo (a wall-clock time on the newsroom's clock), or lifts it (null). */
  setEmbargo: staffProcedure
    .input(embargoSchema)
    .output(z.object({ id: z.string(), version: z.number(), embargoUntil: z.date().nullable() }))
    .mutation(({ ctx, input }) => setEmbargo({ db: ctx.db, actor: ctx.actor, articleId: input.id, expectedVersion: input.expectedVersion, untilWallTime: input.until })),


  submitUpdate: updateStep(plainStepSchema, 'submitUpdate'),
  requestUpdateChanges: updateStep(commentStepSchema, 'requestUpdateChanges', (input) => ({ comment: input.comment })),
  publishUpdate: updateStep(publishUpdateSchema, 'publishUpdate', (input) => ({ note: input.note })),
  /** The working copy back to the live copy, typing under way on the shared document included. */
  discardUpdate: deskWriteProcedure
    .input(commentStepSchema)
    .output(updateResultSchema)
    .mutation(async ({ ctx, input }) => {
      const { id, version } = await aroundLiveDocument(input.id, { flushFirst: false }, () =>
        discardUpdate({ db: ctx.db, actor: ctx.actor, articleId: input.id, expectedVersion: input.expectedVersion, comment: input.comment, revalidate: ctx.revalidatePublicPages }),
      );
      return { id, updateState: null, version };
    }),
  removeNote: procedureRequiring('article.removeNote')
    .input(removeNoteSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => removeArticleNote({ db: ctx.db, actor: ctx.actor, noteId: input.noteId, reason: input.reason, revalidate: ctx.revalidatePublicPages })),
  changeSlug: procedureRequiring('article.changeSlug')
    .input(changeSlugSchema)
    .output(z.object({ id: z.string(), slug: z.string(), version: z.number() }))
    .mutation(({ ctx, input }) =>
      changeArticleSlug({
        db: ctx.db,
        actor: ctx.actor,
        articleId: input.id,
        expectedVersion: input.expectedVersion,
        slug: input.slug,
        reason: input.reason,
        revalidate: ctx.revalidatePublicPages,
      }),
    ),
});

function toPlannedTimes(input: z.output<typeof scheduleStepSchema>): StepInput {
  return { publishAtWallTime: input.publishAt, unpublishAtWallTime: input.unpublishAt };
}
