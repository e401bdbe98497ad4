import { z } from 'zod';
import { createPreviewLink } from '../../preview/create-preview-link';
import { listPreviewLinks } from '../../preview/list-preview-links';
import {
  articlePreviewLinksSchema,
  createdPreviewLinkSchema,
  createPreviewLinkSchema,
  previewLinkIdSchema,
  previewLinkRowSchema,
  revokedPreviewLinksSchema,
} from '../../preview/preview-link.schema';
import { revokeAllPreviewLinks } from '../../preview/revoke-all-preview-links';
import { revokePreviewLink } from '../../preview/revoke-preview-link';
import { router, staffProcedure } from '../trpc';

/** Preview links for people without an account. Any staff member who may read the article; the rules are in server/preview/. */
export const previewLinkRouter = router({
  create: staffProcedure
    .input(createPreviewLinkSchema)
    .output(createdPreviewLinkSchema)
    .mutation(({ ctx, input }) => createPreviewLink(ctx.db, { actor: ctx.actor, articleId: input.articleId, hours: input.hours })),

  list: staffProcedure
    .input(articlePreviewLinksSchema)
    .output(z.array(previewLinkRowSchema))
    .query(({ ctx, input }) => listPreviewLinks(ctx.db, { actor: ctx.actor, articleId: input.articleId })),

  revoke: staffProcedure
    .input(previewLinkIdSchema)
    .output(revokedPreviewLinksSchema)
    .mutation(({ ctx, input }) => revokePreviewLink(ctx.db, { actor: ctx.actor, linkId: input.linkId })),

  revokeAll: staffProcedure
    .input(articlePreviewLinksSchema)
    .output(revokedPreviewLinksSchema)
    .mutation(({ ctx, input }) => revokeAllPreviewLinks(ctx.db, { actor: ctx.actor, articleId: input.articleId })),
});
