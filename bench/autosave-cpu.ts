/**
 * `npx tsx bench/autosave-cpu.ts`: the main-thread CPU one autosave costs, in this process, without a
 * build. EDITORS editors (default 20) each save their own article as soon as the last save answered, for
 * SECONDS (default 20), through what the route handler does per request: next-auth's session from the
 * cookie (getServerSession with the app's options), the session row (resolveActor) and tRPC's
 * `article.save`. Reports CPU-ms per applied save (process.cpuUsage, user + system) and saves/s at
 * saturation; the quick-save path only (each article's first saves, taking the full path, are a warm-up).
 * On a throwaway database on BENCH_DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres).
 * CPU_PROFILE=FILE writes a CPU profile of the measured saves. On a shared machine compare CPU-ms per save between branches; saves/s depends on the CPU share got.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { withDatabase } from '../test/integration/global-setup';
import { applyMigrations } from '../server/db/migrate';

const SECRET = 'bench-secret-long-enough-for-next-auth';
const editors = Number(process.env.EDITORS ?? 20);
const seconds = Number(process.env.SECONDS ?? 20);
const WARM_UP_SAVES = 5;
const WORDS = 'the minister said on tuesday that talks with the union would resume after the strike closed the port and rail lines'.split(' ');

async function main() {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = `masthead_bench_cpu_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  try {
    const databaseUrl = withDatabase(adminUrl, database);
    await applyMigrations(databaseUrl);
    Object.assign(process.env, { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'http://127.0.0.1:3440', LOG_LEVEL: 'warn' });
    await measure();
  } finally {
    await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.end();
  }
}

async function measure() {
  // Imported once the environment names the database: the app's modules read it.
  const { getServerSession } = await import('next-auth');
  const { encode } = await import('next-auth/jwt');
  const { sessionOptions } = await import('../server/auth/session-options');
  const { resolveActor } = await import('../server/auth/actor');
  const { handleTrpcRequest } = await import('../server/api/fetch-handler');
  const { appDb } = await import('../server/db/client');
  const { createStaff, createSection, createArticle, signInSession } = await import('../test/factories');
  const db = appDb();

  const section = await createSection(db);
  const desk = await Promise.all(
    Array.from({ length: editors }, async () => {
      const user = await createStaff(db);
      const article = await createArticle(db, { authors: [user], sectionId: section.id, headline: `Bench draft ${user.slug}` });
      const claims = await signInSession(db, user);
      const cookie = await encode({ token: { sub: user.id, name: user.name, email: user.email, uid: claims.userId, sid: claims.sessionId }, secret: SECRET });
      return { user, article, cookie: `next-auth.session-token=${cookie}` };
    }),
  );

  let retried = 0;
  /** One autosave as the route handler serves it. */
  const save = async (editor: (typeof desk)[number], expectedVersion: number, tick: number): Promise<number> => {
    const request = new Request('http://127.0.0.1:3440/api/trpc/article.save', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: editor.cookie },
      body: JSON.stringify({ json: { id: editor.article.id, expectedVersion, content: content(section.id, editor.user.id, editor.article.headline, tick) } }),
    });
    const response = await handleTrpcRequest(request, async () => {
      const headers = Object.fromEntries(request.headers);
      const cookies = { 'next-auth.session-token': editor.cookie.slice('next-auth.session-token='.length) };
      const session = await getServerSession({ headers, cookies } as never, { getHeader() {}, setHeader() {}, setCookie() {} } as never, sessionOptions);
      const claims = session?.claims ?? null;
      return { db, actor: await resolveActor(db, claims), sessionId: claims?.sessionId ?? null, revalidatePublicPages: async () => {} };
    });
    const body = (await response.json()) as { result?: { data: { json: { version: number } } } };
    if (body.result) return body.result.data.json.version;
    // Busy (503) or rate-limited (429): retried after Retry-After with the same edit, as the desk does.
    if (response.status !== 503 && response.status !== 429) throw new Error(`Save refused (${response.status}): ${JSON.stringify(body)}`);
    retried++;
    await sleep(Number(response.headers.get('Retry-After') ?? 1) * 1000);
    return save(editor, expectedVersion, tick);
  };

  const versions = desk.map(() => 1);
  for (let tick = 0; tick < WARM_UP_SAVES; tick++) {
    await Promise.all(desk.map(async (editor, index) => (versions[index] = await save(editor, versions[index]!, tick))));
  }

  let applied = 0;
  const profiler = process.env.CPU_PROFILE ? await startProfiler() : null;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const endAt = started + seconds * 1000;
  await Promise.all(
    desk.map(async (editor, index) => {
      for (let tick = WARM_UP_SAVES; performance.now() < endAt; tick++) {
        versions[index] = await save(editor, versions[index]!, tick);
        applied++;
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (profiler) writeFileSync(process.env.CPU_PROFILE!, JSON.stringify(await profiler.stop()));
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`autosave CPU: ${editors} editors, ${elapsedS.toFixed(1)} s, ${applied} saves applied, ${retried} answered busy and retried`);
  console.log(`  ${(cpuMs / applied).toFixed(2)} CPU-ms per save (user ${(cpu.user / 1000 / applied).toFixed(2)}, system ${(cpu.system / 1000 / applied).toFixed(2)}); ${(applied / elapsedS).toFixed(1)} saves/s; CPU busy ${((cpuMs / 1000 / elapsedS) * 100).toFixed(0)} %`);
  console.log(JSON.stringify({ editors, seconds: elapsedS, applied, retried, cpuMsPerSave: cpuMs / applied, savesPerSecond: applied / elapsedS }));
  await db.$disconnect();
}

/** CPU_PROFILE=file.cpuprofile: a V8 CPU profile of the measured saves only (not the setup or warm-up). */
async function startProfiler() {
  const session = new Session();
  session.connect();
  const post = <T>(method: string) => new Promise<T>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return { stop: async () => (await post<{ profile: object }>('Profiler.stop')).profile };
}

/** About 400 words, a few of them new at every save, as someone typing (as bench/autosave.ts sends). */
function content(sectionId: string, userId: string, headline: string, tick: number) {
  const paragraphs = Array.from({ length: 8 }, (_, paragraph) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${Array.from({ length: 50 }, (_, word) => WORDS[(paragraph * 7 + word) % WORDS.length]).join(' ')} (${tick}.${paragraph})` }],
  }));
  return { headline, slug: '', standfirst: `Updated at tick ${tick}.`, body: { type: 'doc', content: paragraphs }, sectionId, tagIds: [], bylines: [{ userId }], sources: [], leadImage: null };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
