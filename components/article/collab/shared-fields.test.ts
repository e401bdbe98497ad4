import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapCaret, readSharedFields, textChange, writeSharedFields, type SharedFields } from './shared-fields';

const article: SharedFields = {
  headline: 'Strikes on Kharkiv',
  standfirst: '',
  slug: '',
  sectionId: null,
  tagIds: [],
  bylines: [],
  sources: [],
  leadImage: null,
};

/** Two browsers' documents, starting from the same state, as the server would hand it out. */
function twoBrowsers() {
  const a = new Y.Doc();
  writeSharedFields(a, { ...article, headline: '' }, article);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const exchange = () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  return { a, b, exchange };
}

describe('shared fields', () => {
  it('reads the article for what the document does not hold yet', () => {
    expect(readSharedFields(new Y.Doc(), article)).toEqual(article);
  });

  it('keeps both people’s words when they type in the headline at once', () => {
    const { a, b, exchange } = twoBrowsers();
    writeSharedFields(a, readSharedFields(a, article), { ...article, headline: 'Night strikes on Kharkiv' });
    writeSharedFields(b, readSharedFields(b, article), { ...article, headline: 'Strikes on Kharkiv, Odesa' });
    exchange();
    expect(readSharedFields(a, article).headline).toBe('Night strikes on Kharkiv, Odesa');
    expect(readSharedFields(b, article)).toEqual(readSharedFields(a, article));
  });

  it('places a keystroke that raced someone else’s change through it, undoing nothing', () => {
    const { a, b, exchange } = twoBrowsers();
    writeSharedFields(b, article, { ...article, headline: 'Night Strikes on Kharkiv' });
    exchange();
    // A typed "!" at the end of the headline as she saw it, before B's words were shown to her.
    writeSharedFields(a, article, { ...article, headline: 'Strikes on Kharkiv!' }, readSharedFields(a, article));
    expect(readSharedFields(a, article).headline).toBe('Night Strikes on Kharkiv!');
  });

  it('sets the other fields whole, last writer wins per field, and leaves unchanged ones alone', () => {
    const { a, b, exchange } = twoBrowsers();
    writeSharedFields(a, article, { ...article, tagIds: ['t1'] });
    writeSharedFields(b, article, { ...article, sectionId: 's1' });
    exchange();
    expect(readSharedFields(a, article)).toMatchObject({ tagIds: ['t1'], sectionId: 's1', headline: 'Strikes on Kharkiv' });
  });

  it('describes any change as one edit that reproduces it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const { at, removed, inserted } = textChange(before, after);
        expect(before.slice(0, at) + inserted + before.slice(at + removed)).toBe(after);
      }),
    );
  });

  it('keeps a caret on its word when someone else types before or after it', () => {
    expect(mapCaret(8, 'Strikes on Kharkiv', 'Night Strikes on Kharkiv')).toBe(14);
    expect(mapCaret(3, 'Strikes on Kharkiv', 'Strikes on Kharkiv, Odesa')).toBe(3);
    expect(mapCaret(10, 'Strikes on Kharkiv', 'Strikes Kharkiv')).toBe(8);
  });
});
