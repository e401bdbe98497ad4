import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ApiArticle } from '../content-api/content-api.schema';
import schema from './ninjs-schema_3.1.json';
import { toNinjs } from './to-ninjs';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// The schema points at GeoJSON's own schema for places' geometry (not fetched here: no network in tests).
// Masthead sends no geometry, so any object stands in for it.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validate = ajv.compile(schema);
const errorsOf = (item: unknown) => (validate(item) ? [] : validate.errors);

const article: ApiArticle = {
  id: '01970000-0000-7000-8000-000000000001',
  slug: 'floods-in-the-south',
  headline: 'Floods in the south',
  standfirst: 'Rivers rose overnight.',
  url: 'https://news.example/articles/floods-in-the-south',
  section: { slug: 'news', name: 'News' },
  tags: [{ slug: 'weather', name: 'Weather' }],
  bylines: [
    { name: 'Olha Koval', authorSlug: 'olha-koval' },
    { name: 'A. Guest', authorSlug: null },
  ],
  publishedAt: '2026-11-20T08:00:00.000Z',
  contentUpdatedAt: null,
  updatedAt: '2026-11-20T09:30:00.000Z',
  version: 7,
  bodyHtml: '<p>Rivers rose <strong>overnight</strong>.</p>',
  leadImage: { url: 'https://news.example/media/abc.jpg', width: 1600, height: 900, caption: 'The river', credit: 'Photo: Staff', alt: 'A flooded street' },
  sources: [],
  notes: [],
};

describe('ninjs 3.1', () => {
  it('the official schema accepts the agencies’ own examples (the validator is set up right)', () => {
    for (const name of ['dpa_text', 'ntb_text', 'tt_text_image_3']) {
      expect(errorsOf(JSON.parse(readFileSync(`test/fixtures/ninjs/${name}.json`, 'utf8'))), name).toEqual([]);
    }
  });

  it('an article with image, bylines, section and tags is a valid news item', () => {
    const item = toNinjs(article, { copyrightHolder: 'Masthead' });
    expect(errorsOf(item)).toEqual([]);
    expect(item).toMatchObject({
      uri: `urn:masthead:article:${article.id}`,
      type: 'text',
      version: '7',
      pubStatus: 'usable',
      headlines: [{ role: 'main', value: 'Floods in the south' }],
      bodies: [{ contentType: 'text/html', value: article.bodyHtml }],
      by: 'Olha Koval, A. Guest',
      subjects: [
        { name: 'News', literal: 'section:news' },
        { name: 'Weather', literal: 'tag:weather' },
      ],
      associations: [{ type: 'picture', renditions: [{ href: article.leadImage!.url, width: 1600, height: 900 }] }],
    });
  });

  it('stays valid without optional parts, and with an embargo, corrections and a withheld status', () => {
    const bare = { ...article, standfirst: '', bylines: [], tags: [], section: null, leadImage: null };
    expect(errorsOf(toNinjs(bare, { copyrightHolder: 'Masthead' }))).toEqual([]);
    const item = toNinjs(article, {
      copyrightHolder: 'Masthead',
      embargoedUntil: new Date('2026-11-21T06:00:00Z'),
      corrections: [{ text: 'An earlier version misspelt the river.', at: new Date('2026-11-20T09:30:00Z') }],
      withheld: true,
    });
    expect(errorsOf(item)).toEqual([]);
    expect(item).toMatchObject({ embargoedUntil: '2026-11-21T06:00:00.000Z', pubStatus: 'withheld' });
    expect(item.descriptions).toContainEqual(expect.objectContaining({ role: 'correction' }));
  });
});
