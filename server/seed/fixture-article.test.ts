import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody } from '../content/render-article-body';
import { fixtureArticle } from './fixture-article';

// The original's words, copied here so the test stands alone (shared/fixtures/seed-article.txt is the source).
const LEDE =
  'Experts from the Institute for the Study of War (ISW) have noted that the joint naval exercises between Russia and China, along with the visit of Russian Defence Minister Andrey Belousov to China, indicate an intensification of defence cooperation between the two countries.';
const QUOTE =
  '"Such joint naval exercises are manifestations of intensified Russia-PRC defence cooperation, as each party can learn valuable lessons from one another during combined exercises, improving interoperability and potentially shaping military doctrine in the future."';
/** Body paragraphs in order; a label is the bold part. */
const PARAGRAPHS: Array<{ label?: string; text: string }> = [
  { label: 'Details:', text: 'Russian Defence Minister Andrei Belousov arrived in China on 14 October for an official visit, underscoring the ongoing defence cooperation between Russia and China amid their joint naval exercises in the Pacific Ocean.' },
  { text: "Belousov met with Chinese Defence Minister Dong Jun in Beijing on 14 August, where they discussed how bilateral cooperation enhances both nations' defence capabilities and contributes to global security and regional stability." },
  { text: 'Dong highlighted the mutual interest in further developing military ties and exploring new opportunities for joint defence initiatives.' },
  { text: "On 14 October, the Russian Defence Ministry published footage of ongoing joint anti-submarine naval exercises between Russian and Chinese People's Liberation Army (PLA) forces in the northwestern Pacific Ocean, and noted that a group of Russian and PLA naval vessels are jointly patrolling the Asia-Pacific region." },
  { label: 'Details:', text: 'Russian forces have experience defending against Ukrainian autonomous naval drone attacks targeting Russian naval and port infrastructure.' },
  { text: 'ISW believes that the PLA might be looking to learn from these experiences as they plan for possible future operations, particularly concerning Taiwan.' },
  { label: 'Background:', text: `Taiwan's Defence Ministry warned that China launched "large-scale military drills" encircling Taiwan with warships on 14 October, coinciding with Belousov's visit.` },
];

describe('the fixture article is held faithfully', () => {
  const { html, text } = renderArticleBody(parseArticleBody(fixtureArticle.body));

  it('is a valid body, and the one the seed stores', () => {
    expect(parseArticleBody(fixtureArticle.body)).toEqual(fixtureArticle.body);
  });

  it('keeps every body paragraph word for word, in order, with its label in bold', () => {
    const expectedText = PARAGRAPHS.map(({ label, text: words }) => (label ? `${label} ${words}` : words));
    expectedText.splice(4, 0, QUOTE, 'Quote from ISW');
    expect(text).toBe(expectedText.join('\n'));

    let from = 0;
    for (const { label, text: words } of PARAGRAPHS) {
      const paragraph = label ? `<p><strong>${label}</strong> ${words}</p>` : `<p>${words}</p>`;
      const at = html.indexOf(paragraph, from);
      expect(at, paragraph).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
  });

  it('holds the ISW quote as an attributed quote, between the fourth and fifth paragraphs', () => {
    const figure = `<figure class="attributed-quote"><blockquote><p>${QUOTE}</p></blockquote><figcaption>Quote from ISW</figcaption></figure>`;
    expect(html).toContain(`On 14 October, the Russian Defence Ministry`);
    expect(html.indexOf(figure)).toBeGreaterThan(html.indexOf('jointly patrolling the Asia-Pacific region.</p>'));
    expect(html.indexOf(figure)).toBeLessThan(html.indexOf('<strong>Details:</strong> Russian forces'));
  });

  it('keeps the lede as the standfirst, not repeated in the body', () => {
    expect(fixtureArticle.standfirst).toBe(LEDE);
    expect(text).not.toContain('Experts from the Institute');
  });

  it('keeps headline, byline, time, section, tags, source and image credit as metadata, not body text', () => {
    expect(fixtureArticle).toMatchObject({
      headline: 'Russia and China strengthen defence cooperation – ISW',
      slug: 'russia-and-china-strengthen-defence-cooperation-isw',
      bylineName: 'Olha Hlushchenko',
      sectionName: 'World',
      tagNames: ['Russia', 'China', 'ISW', 'Defence'],
      sources: [{ name: 'ISW', url: 'https://www.understandingwar.org/' }],
      leadImage: { caption: '', credit: 'Stock photo: Getty Images' },
    });
    expect(fixtureArticle.leadImage.alt).not.toBe('');
    // Tuesday 15 October 2024, 04:58 in Kyiv (EEST, UTC+3).
    expect(fixtureArticle.publishedAt.toISOString()).toBe('2024-10-15T01:58:00.000Z');
    for (const notBody of ['Source: ISW', 'Stock photo', 'Olha Hlushchenko', 'Support UP', 'patron']) {
      expect(text).not.toContain(notBody);
    }
  });
});
