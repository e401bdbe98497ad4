import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashPassword } from '../auth/password';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody } from '../content/render-article-body';
import type { Db } from '../db/client';
import { mediaStorage } from '../media/storage';
import { toSlug } from '../text/slug';
import { DEMO_PASSWORD, demoSections, demoStaff, demoTags } from './demo-staff';
import { demoStories, demoStoryBody } from './demo-stories';
import { fixtureArticle } from './fixture-article';

const leadImageFile = path.resolve('prisma/seed-assets/naval-exercise.jpg');
/** Large enough for every crop Google and share cards ask for, at 1200 px wide or more. */
const LEAD_IMAGE_SIZE = { width: 2400, height: 1600 };

/**
 * Demo newsroom: staff for every role, sections, tags, the fixture article as a published piece, and a
 * day's made-up stories (demo-stories.ts) so the fronts have something to arrange.
 * Idempotent: existing rows (matched by email, slug or name) are left as they are, so running it twice,
 * or over edited demo data, changes nothing.
 */
export async function seedDemoData(db: Db): Promise<void> {
  await db.newsroomSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: 'Masthead Daily', timeZone: 'Europe/Kyiv', fourEyesApproval: true },
    update: {},
  });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of demoStaff) {
    await db.user.upsert({
      where: { email: person.email },
      create: { ...person, slug: toSlug(person.name), passwordHash },
      update: {},
    });
  }

  for (const [position, section] of demoSections.entries()) {
    await db.section.upsert({
      where: { name: section.name },
      create: { ...section, slug: toSlug(section.name), position },
      update: {},
    });
  }

  for (const name of demoTags) {
    await db.tag.upsert({ where: { name }, create: { name, slug: toSlug(name) }, update: {} });
  }

  await seedFixtureArticle(db);
  await seedDemoStories(db);
}

/** The fixture article as published, word for word, with its stand-in picture. */
async function seedFixtureArticle(db: Db): Promise<void> {
  const article = fixtureArticle;
  await seedPublishedArticle(db, {
    slug: article.slug,
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    sectionName: article.sectionName,
    tagNames: article.tagNames,
    byline: { staff: article.bylineName },
    publishedAt: article.publishedAt,
    sources: article.sources,
    leadImage: {
      file: leadImageFile,
      caption: article.leadImage.caption,
      credit: article.leadImage.credit,
      alt: article.leadImage.alt,
      // The larger ship: its crops keep it in frame.
      focalX: 0.42,
      focalY: 0.42,
    },
  });
}

/** The made-up stories of demo-stories.ts, dated back from now, with their drawings. */
async function seedDemoStories(db: Db): Promise<void> {
  const now = Date.now();
  for (const story of demoStories) {
    const image = story.leadImage;
    await seedPublishedArticle(db, {
      slug: toSlug(story.headline),
      headline: story.headline,
      standfirst: story.standfirst,
      body: demoStoryBody(story),
      sectionName: story.sectionName,
      tagNames: story.tagNames,
      byline: story.byline,
      publishedAt: new Date(now - story.hoursAgo * 3_600_000),
      sources: [],
      leadImage: image && {
        file: path.resolve(`prisma/seed-assets/${image.drawing}.jpg`),
        ...image,
      },
    });
  }
}

type PublishedArticle = {
  slug: string;
  headline: string;
  standfirst: string;
  body: unknown;
  sectionName: string;
  tagNames: string[];
  byline: { staff: string } | { contributor: string };
  publishedAt: Date;
  sources: { name: string; url: string }[];
  /** `file`: a JPEG of LEAD_IMAGE_SIZE. */
  leadImage?: { file: string; caption: string; credit: string; alt: string; focalX: number; focalY: number };
};

/** One published article with its byline, tags, sources and lead image, unless its slug is taken. */
async function seedPublishedArticle(db: Db, article: PublishedArticle): Promise<void> {
  if (await db.article.findUnique({ where: { slug: article.slug }, select: { id: true } })) return;

  const body = parseArticleBody(article.body);
  const rendered = renderArticleBody(body);
  const [section, tags, staff] = await Promise.all([
    db.section.findUniqueOrThrow({ where: { name: article.sectionName } }),
    db.tag.findMany({ where: { name: { in: article.tagNames } } }),
    'staff' in article.byline ? db.user.findFirstOrThrow({ where: { name: article.byline.staff } }) : null,
  ]);
  const createdBy = staff ?? (await db.user.findFirstOrThrow({ where: { email: demoStaff[1]!.email } }));

  const image = article.leadImage;
  const storageKey = `${randomUUID()}.jpg`;
  const imageBytes = image && (await readFile(image.file));
  if (imageBytes) await mediaStorage().put(storageKey, imageBytes);

  await db.$transaction(async (tx) => {
    const asset =
      image && imageBytes
        ? await tx.mediaAsset.create({
            data: {
              storageKey,
              mimeType: 'image/jpeg',
              byteSize: imageBytes.byteLength,
              ...LEAD_IMAGE_SIZE,
              credit: image.credit,
              originalName: path.basename(image.file),
              focalX: image.focalX,
              focalY: image.focalY,
            },
          })
        : null;
    const created = await tx.article.create({
      data: {
        slug: article.slug,
        headline: article.headline,
        standfirst: article.standfirst,
        body,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        state: 'PUBLISHED',
        sectionId: section.id,
        ...(asset && image && { leadImageId: asset.id, leadImageCaption: image.caption, leadImageCredit: image.credit, leadImageAlt: image.alt }),
        publishedAt: article.publishedAt,
        createdById: createdBy.id,
        createdAt: article.publishedAt,
        bylines: { create: [{ position: 0, ...('staff' in article.byline ? { userId: createdBy.id } : { contributorName: article.byline.contributor }) }] },
        sources: { create: article.sources.map((source, position) => ({ ...source, position })) },
        tags: { create: tags.map((tag) => ({ tagId: tag.id })) },
      },
    });
    await tx.articleEvent.create({
      data: {
        articleId: created.id,
        action: 'seed',
        toState: 'PUBLISHED',
        comment: 'Imported as demo content',
        createdAt: article.publishedAt,
      },
    });
  });
}
