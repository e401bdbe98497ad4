import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ArticleContentInput } from '../article/article.schema';
import { articleIdOfDocument, BODY_FIELD, documentNameOf, FIELDS_MAP, validatedDocContent, writeContentIntoDoc } from './collab-layout';
import { createUpdateGate } from './update-gate';

const content: ArticleContentInput = {
  headline: 'Floods in the north',
  slug: '',
  standfirst: 'Rivers burst their banks.',
  body: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }], text: 'the map' }] },
    ],
  },
  sectionId: null,
  tagIds: [],
  bylines: [{ contributorName: 'A. Reporter' }],
  sources: [{ name: 'Met Office', url: 'https://www.metoffice.gov.uk/' }],
  leadImage: null,
};

describe('the shared document layout', () => {
  it('holds an article exactly: what goes in comes out through the validator unchanged', () => {
    const doc = new Y.Doc();
    writeContentIntoDoc(doc, content);
    expect(doc.getMap(FIELDS_MAP).get('headline')).toBeInstanceOf(Y.Text);
    expect(validatedDocContent(doc)).toEqual(validatedDocContent(withContent(content)));
    expect(validatedDocContent(doc).body).toEqual(content.body);
    expect(validatedDocContent(doc).headline).toBe(content.headline);
  });

  it('changes only what differs: typing elsewhere in a field survives a write of the same field', () => {
    const doc = withContent(content);
    const headline = doc.getMap(FIELDS_MAP).get('headline') as Y.Text;
    const before = Y.encodeStateVector(doc);
    writeContentIntoDoc(doc, content);
    expect(Y.encodeStateAsUpdate(doc, before)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
    writeContentIntoDoc(doc, { ...content, headline: 'Floods in the far north' });
    expect(headline.toJSON()).toBe('Floods in the far north');
  });

  it('gates updates on a shadow: a refused one never reaches the live document, and the gate recovers', () => {
    const live = withContent(content);
    const gate = createUpdateGate();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
    const updateFrom = (change: () => void) => {
      const before = Y.encodeStateVector(client);
      change();
      return Y.encodeStateAsUpdate(client, before);
    };

    const script = updateFrom(() => client.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('script')]));
    expect(gate.problemAfter(live, script)).toMatch(/script/);
    expect(live.getXmlFragment(BODY_FIELD).length).toBe(2);

    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(live));
    const typing = (fresh.getMap(FIELDS_MAP).get('headline') as Y.Text);
    const before = Y.encodeStateVector(fresh);
    typing.insert(0, 'Breaking: ');
    const valid = Y.encodeStateAsUpdate(fresh, before);
    expect(gate.problemAfter(live, valid)).toBeNull();
    Y.applyUpdate(live, valid);
    expect(validatedDocContent(live).headline).toBe('Breaking: Floods in the north');
  });

  it('stores a source, contributor or slug still being typed only once it is complete, instead of refusing the typist', () => {
    const doc = withContent(content);
    const fields = doc.getMap(FIELDS_MAP);
    fields.set('sources', [...content.sources, { name: '', url: null }, { name: 'ISW', url: 'htt' }]);
    fields.set('bylines', [...content.bylines, { contributorName: '' }]);
    fields.set('slug', 'floods-in-the-');
    const stored = validatedDocContent(doc);
    expect(stored.sources).toEqual(content.sources);
    expect(stored.bylines).toEqual(content.bylines);
    expect(stored.slug).toBe('');
    fields.set('sources', [...content.sources, { name: 'ISW', url: 'https://understandingwar.org' }]);
    expect(validatedDocContent(doc).sources).toHaveLength(2);
  });

  it('names documents article:<id> and nothing else', () => {
    const id = '01a21d84-afca-71b1-8eb8-81662a7d9be8';
    expect(articleIdOfDocument(documentNameOf(id))).toBe(id);
    expect(articleIdOfDocument('article:../../etc')).toBeNull();
    expect(articleIdOfDocument(id)).toBeNull();
  });
});

function withContent(value: ArticleContentInput): Y.Doc {
  const doc = new Y.Doc();
  writeContentIntoDoc(doc, value);
  return doc;
}
