import { z } from 'zod';
import { expiredImageArticles } from '../../media/expired-image-articles';
import { getMediaItem } from '../../media/get-media-item';
import { listMedia } from '../../media/list-media';
import { listMediaSchema, mediaIdSchema, mediaItemSchema, mediaPageSchema, mediaUsageSchema, updateMediaSchema } from '../../media/media.schema';
import { updateMediaAsset } from '../../media/update-media-asset';
import { procedureRequiring, router } from '../trpc';

const desk = procedureRequiring('desk.use');
/** Uploading is starting-article work (app/api/media); so is describing and cropping what one uploaded. */
const uploader = procedureRequiring('article.create');

/** The media library: every uploaded image, searchable, reusable in any article. */
export const mediaRouter = router({
  list: desk
    .input(listMediaSchema)
    .output(mediaPageSchema)
    .query(({ ctx, input }) => listMedia({ db: ctx.db, query: input.query, cursor: input.cursor })),
  get: desk
    .input(mediaIdSchema)
    .output(z.object({ item: mediaItemSchema, usage: mediaUsageSchema, mayEdit: z.boolean() }))
    .query(({ ctx, input }) => getMediaItem({ db: ctx.db, actor: ctx.actor, id: input.id })),
  /** Live articles whose image rights ran out (the desk dashboard). */
  expiredRights: desk
    .input(z.void())
    .output(z.array(z.object({ id: z.string(), headline: z.string(), rightsEndedAt: z.date() })))
    .query(({ ctx }) => expiredImageArticles(ctx.db, new Date())),
  update: uploader
    .input(updateMediaSchema)
    .output(mediaItemSchema)
    .mutation(async ({ ctx, input }) => {
      const { item, touchedTags } = await updateMediaAsset({ db: ctx.db, actor: ctx.actor, input });
      if (touchedTags.length > 0) await ctx.revalidatePublicPages(touchedTags);
      return item;
    }),
});
