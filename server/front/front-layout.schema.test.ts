import { describe, expect, it } from 'vitest';
import { defaultFrontLayout, EMPTY_SLOT, frontLayoutSchema, layoutProblems, saveFrontSchema } from './front-layout.schema';

const SECTION = '00000000-0000-7000-8000-000000000001';
const STORY = '00000000-0000-7000-8000-0000000000aa';

describe('front layout schema', () => {
  it('accepts the default layouts of the home page and of a section', () => {
    expect(frontLayoutSchema.parse(defaultFrontLayout([SECTION]))).toEqual(defaultFrontLayout([SECTION]));
    expect(defaultFrontLayout([SECTION]).blocks).toEqual([{ kind: 'section', sectionId: SECTION, count: 3 }, { kind: 'latest', count: 6 }]);
    expect(defaultFrontLayout(null).blocks).toEqual([{ kind: 'latest', count: 25 }]);
  });

  it('refuses a top row of the wrong length, a count out of range, an unknown block kind, a long headline', () => {
    const base = defaultFrontLayout(null);
    expect(frontLayoutSchema.safeParse({ ...base, top: [EMPTY_SLOT] }).success).toBe(false);
    expect(frontLayoutSchema.safeParse({ ...base, blocks: [{ kind: 'latest', count: 0 }] }).success).toBe(false);
    expect(frontLayoutSchema.safeParse({ ...base, blocks: [{ kind: 'latest', count: 31 }] }).success).toBe(false);
    expect(frontLayoutSchema.safeParse({ ...base, blocks: [{ kind: 'author', count: 3 }] }).success).toBe(false);
    expect(frontLayoutSchema.safeParse({ ...base, lead: { ...EMPTY_SLOT, articleId: STORY, altHeadline: 'x'.repeat(201) } }).success).toBe(false);
    expect(frontLayoutSchema.safeParse({ ...base, lead: { ...EMPTY_SLOT, articleId: 'not-an-id' } }).success).toBe(false);
    expect(saveFrontSchema.safeParse({ front: 'home', expectedVersion: -1, layout: base }).success).toBe(false);
  });

  it('names what a layout may not do: section blocks off home, a story twice, a pin without a story', () => {
    const base = defaultFrontLayout([SECTION]);
    expect(layoutProblems(base, { isHome: true })).toEqual([]);
    expect(layoutProblems(base, { isHome: false })).toEqual(['Section blocks go on the home page only.']);
    const twice = { ...base, lead: { ...EMPTY_SLOT, articleId: STORY }, top: [{ ...EMPTY_SLOT, articleId: STORY }, EMPTY_SLOT, EMPTY_SLOT, EMPTY_SLOT] };
    expect(layoutProblems(twice, { isHome: true })).toEqual(['A story can be in one slot only.']);
    expect(layoutProblems({ ...base, lead: { ...EMPTY_SLOT, pinned: true } }, { isHome: true })).toEqual(['Only a slot with a story can be pinned.']);
  });
});
