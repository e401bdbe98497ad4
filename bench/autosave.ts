/**
 * `npx tsx bench/autosave.ts`: a newsroom on a big news day. EDITORS staff members (journalists made in
 * the database), each signed in through the real sign-in and editing an article of their own, autosave it
 * every INTERVAL_MS (default 1,000; 0 = each saves again as soon as the last answer came) for SECONDS,
 * while READERS readers keep fetching published article pages. Reports saves/s, latency percentiles, the
 * 5xx count and the retryable answers (429/503, honoured as the desk does: wait Retry-After, send again),
 * and the longest an editor went without a save. Not part of `npm test`.
 *
 * Against a running app: BASE_URL plus DATABASE_URL (its database, to create the staff and articles).
 * Without BASE_URL it starts the production build itself (`next build` first) on BENCH_PORT (3400): on a
 * throwaway PostgreSQL database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres),
 * or, with BENCH_EMBEDDED=1, with `npm start`'s embedded database in a temporary folder.
 * Other benches call runAutosaveBench({ baseUrl, databaseUrl, editors, seconds }).
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword } from '../server/auth/password';
import { createDb, type Db } from '../server/db/client';
import { signIn } from '../test/instances/staff-session';
import { startBenchApp } from './autosave-app';

export type AutosaveBenchOptions = {
  baseUrl: string;
  /** The app's database, where the bench makes its staff and articles (default: DATABASE_URL). */
  databaseUrl?: string;
  editors: number;
  seconds: number;
  /** Concurrent readers fetching article pages (default 5, each pausing 100 ms between pages). */
  readers?: number;
  /** Between one editor's saves (default 1,000; 0: save again as soon as answered). */
  intervalMs?: number;
};

export type AutosaveBenchResult = {
  editors: number;
  seconds: number;
  intervalMs: number;
  saves: { sent: number; applied: number; perSecond: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  answers: { server5xx: number; tooMany429: number; busy503: number; conflict409: number; otherErrors: number };
  /** The longest any editor waited between two applied saves (or from the start to the first). */
  longestWithoutSaveMs: number;
  readers: { count: number; pages: number; perSecond: number; p50Ms: number; p95Ms: number; errors: number };
  loadAverage: string;
};

const PASSWORD = 'bench password, long enough to pass';
const WORDS = 'the minister said on tuesday that talks with the union would resume after the strike closed the port and rail lines'.split(' ');

export async function runAutosaveBench(options: AutosaveBenchOptions): Promise<AutosaveBenchResult> {
  const { baseUrl, editors, seconds, readers = 5, intervalMs = 1_000 } = options;
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('runAutosaveBench needs the app database (databaseUrl or DATABASE_URL) to make its staff.');
  const db = createDb(databaseUrl, { poolSize: 2 });
  try {
    const desk = await seedDesk(db, editors);
    const sessions = await Promise.all(desk.editors.map((editor) => signIn(baseUrl, editor.email, PASSWORD)));
    const latencies: number[] = [];
    const answers = { server5xx: 0, tooMany429: 0, busy503: 0, conflict409: 0, otherErrors: 0 };
    let applied = 0;
    let longestWithoutSaveMs = 0;
    const started = performance.now();
    const endAt = started + seconds * 1000;

    const editorLoop = async (index: number) => {
      const { article, userId, sectionId } = desk.editors[index]!;
      const cookie = sessions[index]!.cookieHeader();
      let version = 1;
      let lastApplied = performance.now();
      for (let tick = 0; performance.now() < endAt; tick++) {
        const due = started + tick * intervalMs + (index * intervalMs) / editors; // editors spread over the interval
        if (intervalMs > 0 && due > performance.now()) await sleep(due - performance.now());
        if (performance.now() >= endAt) break;
        const input = { id: article.id, expectedVersion: version, content: articleContent(sectionId, userId, index, tick) };
        // Like the desk: a busy answer is retried after Retry-After with the same edit.
        for (;;) {
          const sentAt = performance.now();
          const response = await fetch(`${baseUrl}/api/trpc/article.save`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({ json: input }),
          }).catch(() => null);
          const answeredAt = performance.now();
          latencies.push(answeredAt - sentAt);
          const body = response ? ((await response.json().catch(() => null)) as { result?: { data: { json: { version: number } } } } | null) : null;
          if (response?.ok && body?.result) {
            version = body.result.data.json.version;
            applied++;
            longestWithoutSaveMs = Math.max(longestWithoutSaveMs, answeredAt - lastApplied);
            lastApplied = answeredAt;
            break;
          }
          const status = response?.status ?? 0;
          if (status === 429 || status === 503) {
            answers[status === 429 ? 'tooMany429' : 'busy503']++;
            const wait = Number(response?.headers.get('Retry-After') ?? 1) * 1000;
            if (answeredAt + wait >= endAt) break;
            await sleep(wait);
            continue;
          }
          if (status >= 500) answers.server5xx++;
          else if (status === 409) answers.conflict409++;
          else answers.otherErrors++;
          break;
        }
      }
      longestWithoutSaveMs = Math.max(longestWithoutSaveMs, performance.now() - lastApplied);
    };

    const readerStats = { pages: 0, errors: 0, latencies: [] as number[] };
    const readerLoop = async (index: number) => {
      for (let page = index; performance.now() < endAt; page++) {
        const slug = desk.publishedSlugs[page % desk.publishedSlugs.length]!;
        const sentAt = performance.now();
        const response = await fetch(`${baseUrl}/articles/${slug}`).catch(() => null);
        await response?.arrayBuffer().catch(() => null);
        readerStats.latencies.push(performance.now() - sentAt);
        readerStats.pages++;
        if (!response || response.status !== 200) readerStats.errors++;
        await sleep(100);
      }
    };

    await Promise.all([...desk.editors.map((_, index) => editorLoop(index)), ...Array.from({ length: readers }, (_, index) => readerLoop(index))]);
    const elapsed = (performance.now() - started) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    const readSorted = readerStats.latencies.sort((a, b) => a - b);
    return {
      editors,
      seconds,
      intervalMs,
      saves: {
        sent: sorted.length,
        applied,
        perSecond: round(applied / elapsed),
        p50Ms: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        p99Ms: percentile(sorted, 99),
        maxMs: round(sorted.at(-1) ?? 0),
      },
      answers,
      longestWithoutSaveMs: round(longestWithoutSaveMs),
      readers: {
        count: readers,
        pages: readerStats.pages,
        perSecond: round(readerStats.pages / elapsed),
        p50Ms: percentile(readSorted, 50),
        p95Ms: percentile(readSorted, 95),
        errors: readerStats.errors,
      },
      loadAverage: loadavg().map((value) => value.toFixed(2)).join(' '),
    };
  } finally {
    await db.$disconnect();
  }
}

/** Journalists with a draft each (their byline on it), and a few live articles for the readers. */
async function seedDesk(db: Db, editors: number) {
  const run = randomBytes(3).toString('hex');
  const passwordHash = await hashPassword(PASSWORD);
  const section = await db.section.create({ data: { name: `Bench ${run}`, slug: `bench-${run}` } });
  const made = [];
  for (let index = 0; index < editors; index++) {
    const user = await db.user.create({
      data: { name: `Bench Editor ${run}-${index}`, email: `bench-${run}-${index}@example.test`, slug: `bench-${run}-${index}`, role: 'JOURNALIST', passwordHash },
    });
    const article = await db.article.create({
      data: {
        slug: `bench-${run}-draft-${index}`,
        headline: `Bench draft ${index}`,
        body: { type: 'doc', content: [{ type: 'paragraph' }] },
        sectionId: section.id,
        createdById: user.id,
        bylines: { create: [{ position: 0, userId: user.id }] },
      },
    });
    made.push({ email: user.email, userId: user.id, sectionId: section.id, article });
  }
  const publishedSlugs = [];
  for (let index = 0; index < 5; index++) {
    const slug = `bench-${run}-live-${index}`;
    await db.article.create({
      data: {
        slug,
        headline: `Live story ${index}`,
        standfirst: 'What happened today.',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: WORDS.join(' ') }] }] },
        bodyHtml: `<p>${WORDS.join(' ')}</p>`,
        bodyText: WORDS.join(' '),
        state: 'PUBLISHED',
        publishedAt: new Date(),
        sectionId: section.id,
        createdById: made[0]?.userId,
        bylines: { create: made[0] ? [{ position: 0, userId: made[0].userId }] : [] },
      },
    });
    publishedSlugs.push(slug);
  }
  return { editors: made, publishedSlugs };
}

/** About 400 words, a few of them new at every save, as someone typing. */
function articleContent(sectionId: string, userId: string, editor: number, tick: number) {
  const paragraphs = Array.from({ length: 8 }, (_, paragraph) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${Array.from({ length: 50 }, (_, word) => WORDS[(paragraph * 7 + word) % WORDS.length]).join(' ')} (${editor}.${tick}.${paragraph})` }],
  }));
  return {
    headline: `Bench draft ${editor}`,
    slug: '',
    standfirst: `Updated at tick ${tick}.`,
    body: { type: 'doc', content: paragraphs },
    sectionId,
    tagIds: [],
    bylines: [{ userId }],
    sources: [],
    leadImage: null,
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
}
const round = (value: number) => Math.round(value * 10) / 10;

export function formatAutosaveResult(result: AutosaveBenchResult): string {
  const { saves, answers, readers } = result;
  return [
    `autosave: ${result.editors} editors, one save every ${result.intervalMs} ms each, ${result.seconds} s, ${readers.count} readers (load ${result.loadAverage})`,
    `  saves applied ${saves.applied} of ${saves.sent} sent: ${saves.perSecond}/s; latency p50 ${saves.p50Ms} ms, p95 ${saves.p95Ms} ms, p99 ${saves.p99Ms} ms, max ${saves.maxMs} ms`,
    `  answers: 5xx ${answers.server5xx}, 503 ${answers.busy503}, 429 ${answers.tooMany429}, 409 ${answers.conflict409}, other ${answers.otherErrors}; longest without a save ${result.longestWithoutSaveMs} ms`,
    `  readers: ${readers.pages} pages, ${readers.perSecond}/s, p50 ${readers.p50Ms} ms, p95 ${readers.p95Ms} ms, errors ${readers.errors}`,
  ].join('\n');
}

async function main() {
  const editors = Number(process.env.EDITORS ?? 10);
  const seconds = Number(process.env.SECONDS ?? 30);
  const readers = Number(process.env.READERS ?? 5);
  const intervalMs = Number(process.env.INTERVAL_MS ?? 1_000);
  const app = process.env.BASE_URL
    ? { baseUrl: process.env.BASE_URL, databaseUrl: process.env.DATABASE_URL, stop: async () => {} }
    : await startBenchApp({ port: Number(process.env.BENCH_PORT ?? 3400), embedded: process.env.BENCH_EMBEDDED === '1' });
  try {
    const result = await runAutosaveBench({ baseUrl: app.baseUrl, databaseUrl: app.databaseUrl, editors, seconds, readers, intervalMs });
    console.log(formatAutosaveResult(result));
    console.log(JSON.stringify(result));
  } finally {
    await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
