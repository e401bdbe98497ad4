import { describe, expect, it } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';

const t = withTestDatabase();

describe('creating tags', () => {
  it('lets an editor add a tag once, whatever the capitalisation, and keeps journalists to existing tags', async () => {
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const olha = actorFor(await createStaff(t.db, { role: 'JOURNALIST' }));
    const first = await createCaller({ db: t.db, actor: dana }).article.createTag({ name: 'Black Sea' });
    const again = await createCaller({ db: t.db, actor: dana }).article.createTag({ name: 'black sea' });
    expect(again).toEqual(first);
    await expect(createCaller({ db: t.db, actor: olha }).article.createTag({ name: 'Crimea' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.db.tag.findMany()).map((tag) => [tag.name, tag.slug])).toEqual([['Black Sea', 'black-sea']]);
  });
});
