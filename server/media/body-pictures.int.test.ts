import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { findPublishedArticle } from '../site/published-articles';

const t = withTestDatabase();

describe('images in a live article’s body', () => {
  it('are served as the library’s responsive renditions on the public page; other images stay plain', async () => {
    const olha = await createStaff(t.db);
    const photo = await t.db.mediaAsset.create({
      data: { storageKey: `${randomUUID()}.jpg`, mimeType: 'image/jpeg', byteSize: 1, width: 2400, height: 1600, focalX: 0.5, focalY: 0.5, uploadedById: olha.id },
    });
    const article = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    const image = (src: string) => ({ type: 'figureImage', attrs: { src, alt: 'Ships', caption: '', credit: '' } });
    await t.db.article.update({
      where: { id: article.id },
      data: { body: { type: 'doc', content: [image(`/media/${photo.storageKey}`), image('https://cdn.example/elsewhere.jpg')] } },
    });

    const { bodyHtml } = (await findPublishedArticle(t.db, article.slug))!;
    const rendition = `/media/r/${photo.storageKey}/0-0-2400-1600`;
    expect(bodyHtml).toContain(`<source type="image/avif" srcset="${rendition}/320.avif 320w,`);
    expect(bodyHtml).toContain(`<img src="${rendition}/2400.jpg" srcset="${rendition}/320.jpg 320w,`);
    expect(bodyHtml).toContain('width="2400" height="1600" alt="Ships" />');
    expect(bodyHtml).toContain('<figure><img src="https://cdn.example/elsewhere.jpg" alt="Ships" /></figure>');
  });
});
