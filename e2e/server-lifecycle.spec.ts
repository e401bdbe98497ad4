import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { killOwnServer, startOwnServer, stopOwnServer, waitUntilGone, waitUntilServing, type OwnServer } from './support/own-server';

/**
 * `npm start` as a supervisor (systemd, Docker, Kubernetes) sees it: its exit code says whether to start
 * it again, and whatever dies, nothing is left holding the port or the data folder.
 */
const DATA_DIR = '.masthead/e2e-lifecycle';

/** The pid of the process in the server's group whose command line matches. */
function pidOf(server: OwnServer, command: RegExp): number {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '-g', String(server.child.pid)], { encoding: 'utf8' }).split('\n');
  const line = lines.find((candidate) => command.test(candidate));
  if (!line) throw new Error(`no process matching ${command} in:\n${lines.join('\n')}`);
  return Number(line.trim().split(/\s+/)[0]);
}
const NEXT_SERVER = /next-server|next\/dist\/bin\/next/;
const DATABASE_OWNER = /node --import tsx scripts\/start\.ts/;

// A first start on an empty folder (migrations, demo data) took over 3 minutes on a loaded CI machine.
test.describe.configure({ mode: 'serial', timeout: 900_000 });

let server: OwnServer | undefined;
test.beforeAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));
test.afterEach(async () => {
  if (server) await killOwnServer(server);
});

test('a server killed by a signal makes npm start exit non-zero, after closing the database', async () => {
  server = startOwnServer({ dataDir: DATA_DIR });
  await waitUntilServing(server);
  process.kill(pidOf(server, NEXT_SERVER), 'SIGKILL');
  expect(await server.exited, `npm start said:\n${server.output()}`).toEqual({ code: 1, signal: null });
  expect(server.output()).toContain('The server stopped unexpectedly: it was killed by SIGKILL.');
  await waitUntilGone(server);
});

test('the start log ends with where to go; Ctrl+C stops it cleanly and says so: exit 0, no crash message', async () => {
  server = startOwnServer({ dataDir: DATA_DIR });
  await waitUntilServing(server);
  const ready = server;
  await expect.poll(() => ready.output()).toContain(`Masthead is ready. The desk: ${server.url}/desk · the public site: ${server.url}/`);
  expect(server.output()).toContain('Demo accounts (password masthead-demo) are listed in README.md, under "Demo accounts".');
  expect(await stopOwnServer(server, 'SIGINT')).toEqual({ code: 0, signal: null });
  expect(server.output()).toContain('Masthead stopped (Ctrl+C).');
  expect(server.output()).not.toMatch(/unexpectedly|exited with code|code 130/);
});

test('killing the database owner takes its server down too, and a restart on the folder comes up at once', async () => {
  server = startOwnServer({ dataDir: DATA_DIR });
  await waitUntilServing(server);
  process.kill(pidOf(server, DATABASE_OWNER), 'SIGKILL');
  // The owner's server notices and stops (no orphan holding the port); npm reports the failure.
  expect((await server.exited).code).not.toBe(0);
  await waitUntilGone(server);

  // The lock the owner left behind names a dead process: taken over at once, not after 15 s.
  server = startOwnServer({ dataDir: DATA_DIR });
  await waitUntilServing(server);
  expect(server.output()).not.toContain('already in use');
  expect(await stopOwnServer(server)).toEqual({ code: 0, signal: null });
});
