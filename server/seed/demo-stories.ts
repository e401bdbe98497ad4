import type { JSONContent } from '@tiptap/core';

/**
 * Made-up stories that make the demo site look like a day's news: the fronts need a lead with a picture,
 * top stories and a few stories per section to show what they do. None is about real people or events;
 * the fixture article (fixture-article.ts) is the one real piece. Pictures are drawings (JPEGs of
 * 2400×1600 in prisma/seed-assets); dates count back from the moment of seeding, so the newest story
 * leads the home page.
 */
export type DemoStory = {
  headline: string;
  standfirst: string;
  paragraphs: string[];
  sectionName: string;
  tagNames: string[];
  /** A demo staff member's name, or a contributor's (not on the staff). */
  byline: { staff: string } | { contributor: string };
  hoursAgo: number;
  leadImage?: { drawing: string; caption: string; credit: string; alt: string; focalX: number; focalY: number };
};

const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

export function demoStoryBody(story: DemoStory): JSONContent {
  return { type: 'doc', content: story.paragraphs.map(paragraph) };
}

const DRAWING_CREDIT = 'Illustration: Masthead demo';

export const demoStories: DemoStory[] = [
  {
    headline: 'Council approves the east-side tram line after a nine-hour session',
    standfirst: 'Construction of the 7-kilometre line is to start next spring, with the first trams expected to run in three years.',
    paragraphs: [
      'The city council voted 31 to 14 in favour of the line late on Wednesday, ending a debate that began shortly after noon.',
      'The route links the central station with the eastern housing estates and the university campus, with 14 stops. The council expects about 40,000 journeys a day once it opens.',
      'Opponents argued that the cost, estimated at 410 million, would squeeze road repairs for a decade. Supporters said the bus routes it replaces are already full at peak hours.',
      'Shops along the route will be offered compensation while the street is dug up, the transport committee said.',
    ],
    sectionName: 'Politics',
    tagNames: ['City', 'Transport'],
    byline: { staff: 'Sam Rivera' },
    hoursAgo: 1,
    leadImage: {
      drawing: 'tram-line',
      caption: 'Trams would run every six minutes at peak hours, the council says.',
      credit: DRAWING_CREDIT,
      alt: 'A red tram in front of city buildings at sunset',
      focalX: 0.5,
      focalY: 0.6,
    },
  },
  {
    headline: 'Offshore wind farm starts feeding the grid',
    standfirst: 'The first 20 turbines are producing power; at full strength the farm will cover a fifth of the region’s homes.',
    paragraphs: [
      'The operator switched on the first row of turbines on Tuesday morning, eight weeks later than planned after autumn storms held up the cable work.',
      'Each turbine stands 190 metres to the tip of its blade. The remaining 40 are to be connected by the summer.',
      'The grid operator said the region will export power on windy days for the first time.',
    ],
    sectionName: 'Economy',
    tagNames: ['Energy'],
    byline: { staff: 'Sam Rivera' },
    hoursAgo: 3,
    leadImage: {
      drawing: 'wind-farm',
      caption: 'The farm lies 25 kilometres off the coast.',
      credit: DRAWING_CREDIT,
      alt: 'White wind turbines standing in a calm sea under a blue sky',
      focalX: 0.45,
      focalY: 0.35,
    },
  },
  {
    headline: 'Storm closes ports along the northern coast',
    standfirst: 'Ferries are cancelled until Friday and the coastguard warns against walking on the sea walls.',
    paragraphs: [
      'Gusts of up to 120 kilometres an hour were recorded overnight, and waves broke over the harbour wall in two towns.',
      'The port authority said no ship would leave or enter until the wind drops below gale force, expected on Friday morning.',
      'Power was cut to about 3,000 homes; the network operator said most would be reconnected by the evening.',
    ],
    sectionName: 'World',
    tagNames: ['Weather'],
    byline: { staff: 'Olha Hlushchenko' },
    hoursAgo: 5,
    leadImage: {
      drawing: 'storm-port',
      caption: 'The harbour light stayed on through the night.',
      credit: DRAWING_CREDIT,
      alt: 'Waves under a dark sky beside a striped lighthouse on a harbour wall',
      focalX: 0.78,
      focalY: 0.4,
    },
  },
  {
    headline: 'Turnout rises in the municipal elections',
    standfirst: 'Early figures put turnout at 58 per cent, the highest in twenty years, with counting to finish overnight.',
    paragraphs: [
      'Queues formed outside several polling stations in the last hour before they closed at 10 p.m.',
      'The electoral commission said postal votes made up a quarter of those cast, twice as many as four years ago.',
      'Results for the city council are expected by Monday morning.',
    ],
    sectionName: 'Politics',
    tagNames: ['Elections'],
    byline: { staff: 'Dana Petrenko' },
    hoursAgo: 8,
    leadImage: {
      drawing: 'ballot',
      caption: 'Polling stations stayed open for fourteen hours.',
      credit: DRAWING_CREDIT,
      alt: 'A ballot paper going into a white ballot box under bunting',
      focalX: 0.5,
      focalY: 0.45,
    },
  },
  {
    headline: 'The old grain store reopens as a library',
    standfirst: 'After four years of work, the riverside warehouse has 60,000 books, a reading room and a café.',
    paragraphs: [
      'The brick building stored grain for more than a century before it stood empty in the 1990s.',
      'The arched windows of the old loading floor now light the reading room, which has 200 seats.',
      'The library is open every day until 9 p.m.; entry is free.',
    ],
    sectionName: 'Culture',
    tagNames: ['City', 'Books'],
    byline: { contributor: 'Mira Levy' },
    hoursAgo: 11,
    leadImage: {
      drawing: 'reading-room',
      caption: 'The library keeps the warehouse’s brick front.',
      credit: DRAWING_CREDIT,
      alt: 'A red brick building with tall arched windows between two trees',
      focalX: 0.5,
      focalY: 0.45,
    },
  },
  {
    headline: 'Bakeries raise bread prices as flour costs climb',
    standfirst: 'A loaf will cost about 10 per cent more from next month, the bakers’ association says.',
    paragraphs: [
      'Flour prices have risen for six months in a row after a poor harvest, the association said.',
      'Smaller bakeries say energy bills leave them little room to absorb the increase.',
    ],
    sectionName: 'Economy',
    tagNames: ['Energy'],
    byline: { staff: 'Sam Rivera' },
    hoursAgo: 14,
  },
  {
    headline: 'Why a newsroom should show its corrections',
    standfirst: 'Readers forgive mistakes. They do not forgive finding out that we hid them.',
    paragraphs: [
      'Every newsroom gets things wrong. The question is what it does next.',
      'A correction that says what was wrong, what is right and when it was changed is worth more to a reader’s trust than a silent fix.',
      'That is why our corrections appear under the article and on one page of their own.',
    ],
    sectionName: 'Opinion',
    tagNames: [],
    byline: { staff: 'Dana Petrenko' },
    hoursAgo: 20,
  },
  {
    headline: 'Open-air film season opens in the park',
    standfirst: 'Twelve evenings of films under the trees, from silent comedies to this year’s festival winners.',
    paragraphs: [
      'The screen goes up by the lake on Friday; the first film starts at dusk.',
      'Entry is free; the organisers ask people to bring a blanket and take their rubbish home.',
    ],
    sectionName: 'Culture',
    tagNames: ['Film'],
    byline: { contributor: 'Mira Levy' },
    hoursAgo: 26,
  },
];
