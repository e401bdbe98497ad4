import { describe, expect, it } from 'vitest';
import { actorFor, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import type { Actor } from '../auth/actor';
import { createCaller } from '../api/root';
import type { ArticleContentInput } from './article.schema';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });

function content(sectionId: string, authorId: string, words: string): ArticleContentInput {
  return {
    headline: 'Russia and China strengthen defence cooperation',
    slug: '',
    standfirst: 'Experts note an intensification.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] },
    sectionId,
    tagIds: [],
    bylines: [{ userId: authorId }],
    sources: [],
    leadImage: null,
  };
}

describe('changes since the last submission', () => {
  it('shows the reviewer what the author changed between two submissions, word by word', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
    const section = await createSection(t.db);
    const { id } = await as(olha).article.create({ headline: '', sectionId: null });
    await as(olha).article.save({ id, expectedVersion: 1, content: content(section.id, olha.id, 'Belousov arrived in Qingdao.') });
    await as(olha).article.submit({ id, expectedVersion: 2 });
    // Submitted once: nothing to compare with yet.
    expect(await as(dana).article.changesSinceSubmission({ id })).toBeNull();

    await as(dana).article.requestChanges({ id, expectedVersion: 3, comment: 'Say when' });
    await as(olha).article.save({ id, expectedVersion: 4, content: content(section.id, olha.id, 'Belousov arrived in Qingdao on Tuesday.') });
    await as(olha).article.submit({ id, expectedVersion: 5 });

    const changes = await as(dana).article.changesSinceSubmission({ id });
    expect(changes).toMatchObject({ submittedBy: 'Olha Hlushchenko', changed: true });
    const body = changes?.diff.find((field) => field.field === 'Body');
    expect(body?.parts.filter((part) => part.change !== 'same')).toEqual([{ value: 'on Tuesday', change: 'added' }]);
    expect(changes?.diff.find((field) => field.field === 'Headline')?.parts.every((part) => part.change === 'same')).toBe(true);
  });

  it('is not shown to someone who cannot see the article', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const { id } = await as(olha).article.create({ headline: 'Draft', sectionId: null });
    await expect(as(sam).article.changesSinceSubmission({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
