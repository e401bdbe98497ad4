import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixtureArticle } from '../server/seed/fixture-article';
import { killOwnServer, startOwnServer, stopOwnServer, waitUntilServing, type OwnServer } from './support/own-server';

/** A cache written for one database is never served for another: it is keyed by the database's identity. */
const DATA_DIR = '.masthead/e2e-cache-identity';
const articlePath = `/articles/${fixtureArticle.slug}`;

let server: OwnServer | undefined;
test.afterEach(async () => {
  if (server) await killOwnServer(server);
});

test('after the data folder is deleted, the old articles are gone from the site too', async () => {
  test.setTimeout(900_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  server = startOwnServer({ dataDir: DATA_DIR });
  await waitUntilServing(server);
  // Read twice: the first read fills the cache, the second is served from it.
  expect((await fetch(`${server.url}${articlePath}`)).status).toBe(200);
  expect(await (await fetch(`${server.url}${articlePath}`)).text()).toContain(fixtureArticle.headline);
  expect(await stopOwnServer(server)).toEqual({ code: 0, signal: null });

  rmSync(DATA_DIR, { recursive: true, force: true });
  server = startOwnServer({ dataDir: DATA_DIR, env: { MASTHEAD_DEMO_DATA: 'off' } });
  await waitUntilServing(server);
  expect((await fetch(`${server.url}${articlePath}`)).status).toBe(404);
  expect(await (await fetch(`${server.url}/`)).text()).not.toContain(fixtureArticle.headline);
});
