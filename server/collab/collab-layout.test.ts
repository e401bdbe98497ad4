import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ArticleContentInput } from '../article/article.schema';
import { articleIdOfDocument, BODY_FIELD, documentNameOf, FIELDS_MAP, problemWithUpdate, validatedDocContent, writeContentIntoDoc } from './collab-layout';

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

  it('tries an update on a copy: a refused one leaves the live document as it was', () => {
    const doc = withContent(content);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(client);
    client.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('script')]);
    const update = Y.encodeStateAsUpdate(client, before);
    expect(problemWithUpdate(doc, update)).toMatch(/script/);
    expect(doc.getXmlFragment(BODY_FIELD).length).toBe(2);
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
