import type { JSONContent } from '@tiptap/core';

/**
 * The real published article in shared/fixtures/seed-article.txt, as Masthead holds it, word for word.
 * - Its first paragraph is the lede that opens the piece: it is the standfirst (shown above the body), and
 *   the body starts at the first "Details:", so the lede is neither lost nor printed twice.
 * - "Details:" and "Background:" are the outlet's paragraph labels: bold, at the start of their paragraph.
 * - 'Quote from ISW: "…"' is an attributed quote block with source "ISW".
 * - "Source: ISW" is the article's source attribution; "Stock photo: Getty Images" the lead image credit.
 * - "Support UP or become our patron!" is the outlet's donation call under every article, site chrome
 *   rather than part of this article, so it is not stored with it.
 * - Published Tuesday 15 October 2024, 04:58 Kyiv time (EEST, UTC+3) = 01:58 UTC.
 */
const text = (value: string): JSONContent => ({ type: 'text', text: value });
const bold = (value: string): JSONContent => ({ type: 'text', text: value, marks: [{ type: 'bold' }] });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const labelled = (label: string, value: string) => paragraph(bold(`${label}:`), text(` ${value}`));

export const fixtureArticle = {
  headline: 'Russia and China strengthen defence cooperation – ISW',
  slug: 'russia-and-china-strengthen-defence-cooperation-isw',
  standfirst:
    'Experts from the Institute for the Study of War (ISW) have noted that the joint naval exercises between Russia and China, along with the visit of Russian Defence Minister Andrey Belousov to China, indicate an intensification of defence cooperation between the two countries.',
  body: {
    type: 'doc',
    content: [
      labelled(
        'Details',
        'Russian Defence Minister Andrei Belousov arrived in China on 14 October for an official visit, underscoring the ongoing defence cooperation between Russia and China amid their joint naval exercises in the Pacific Ocean.',
      ),
      paragraph(
        text(
          "Belousov met with Chinese Defence Minister Dong Jun in Beijing on 14 August, where they discussed how bilateral cooperation enhances both nations' defence capabilities and contributes to global security and regional stability.",
        ),
      ),
      paragraph(
        text('Dong highlighted the mutual interest in further developing military ties and exploring new opportunities for joint defence initiatives.'),
      ),
      paragraph(
        text(
          "On 14 October, the Russian Defence Ministry published footage of ongoing joint anti-submarine naval exercises between Russian and Chinese People's Liberation Army (PLA) forces in the northwestern Pacific Ocean, and noted that a group of Russian and PLA naval vessels are jointly patrolling the Asia-Pacific region.",
        ),
      ),
      {
        type: 'attributedQuote',
        attrs: { source: 'ISW' },
        content: [
          paragraph(
            text(
              '"Such joint naval exercises are manifestations of intensified Russia-PRC defence cooperation, as each party can learn valuable lessons from one another during combined exercises, improving interoperability and potentially shaping military doctrine in the future."',
            ),
          ),
        ],
      },
      labelled(
        'Details',
        'Russian forces have experience defending against Ukrainian autonomous naval drone attacks targeting Russian naval and port infrastructure.',
      ),
      paragraph(
        text('ISW believes that the PLA might be looking to learn from these experiences as they plan for possible future operations, particularly concerning Taiwan.'),
      ),
      labelled(
        'Background',
        `Taiwan's Defence Ministry warned that China launched "large-scale military drills" encircling Taiwan with warships on 14 October, coinciding with Belousov's visit.`,
      ),
    ],
  } satisfies JSONContent,
  sectionName: 'World',
  tagNames: ['Russia', 'China', 'ISW', 'Defence'],
  bylineName: 'Olha Hlushchenko',
  publishedAt: new Date('2024-10-15T04:58:00+03:00'),
  leadImage: {
    // The original image has a credit and no caption; none is invented. The alt text describes the stand-in
    // picture the seed uploads (prisma/seed-assets/naval-exercise.jpg), not the outlet's photo.
    caption: '',
    credit: 'Stock photo: Getty Images',
    alt: 'Two grey warships on a calm sea',
  },
  sources: [{ name: 'ISW', url: 'https://www.understandingwar.org/' }],
};
