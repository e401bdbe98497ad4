import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync, utimesSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, openEmbeddedDataFolder } from './data-folder';
import { currentOwner } from './lock-owner';

/** Another process holding the folder, as `npm start` would: resolves once it has it open. */
async function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/hold-data-folder.ts', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code} before opening ${dir}`)));
  });
  return child;
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** A lock as another process left it: the directory with its owner record, last refreshed `ageMs` ago. */
function leaveLock(dir: string, owner: object, ageMs: number) {
  const lockDir = path.join(dir, 'pgdata.lock');
  mkdirSync(lockDir, { recursive: true });
  mkdirSync(path.join(dir, 'pgdata'), { recursive: true });
  writeFileSync(path.join(dir, 'pgdata.owner'), JSON.stringify(owner));
  const then = new Date(Date.now() - ageMs);
  utimesSync(lockDir, then, then);
}

const children: ChildProcess[] = [];
let dir = '';

afterEach(async () => {
  await Promise.all(children.splice(0).filter((child) => child.exitCode === null && child.signalCode === null).map(kill9));
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Each test opens PGlite on disk two or three times: seconds each, more on a busy machine.
describe('the embedded data folder after its owner crashed', { timeout: 240_000 }, () => {
  it('is refused while its owner runs, naming the process, and opens at once after a kill -9', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-crash-'));
    const holder = await holdInAnotherProcess(dir);
    await expect(openEmbeddedDataFolder(dir)).rejects.toThrow(`(\`npm start\`, \`npm run dev\` or a db: script; process ${holder.pid})`);

    await kill9(holder);
    // Its lock is still there, refreshed a moment ago: the recorded owner being gone is what frees it.
    const reopened = await openEmbeddedDataFolder(dir);
    await reopened.stop();
  });

  it('is taken over when the recorded pid now names another process (a reused pid)', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-reused-'));
    leaveLock(dir, { ...currentOwner(), startTime: '1' }, 0); // this very process, but started at another time
    const reopened = await openEmbeddedDataFolder(dir);
    await reopened.stop();
  });

  it('held from another machine: refused while its heartbeat is fresh, taken over once it stopped for 15 s', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-remote-'));
    const elsewhere = { host: 'another-machine', bootId: null, pid: 1, startTime: null };
    leaveLock(dir, elsewhere, 1_000);
    await expect(openEmbeddedDataFolder(dir)).rejects.toBeInstanceOf(DataFolderInUseError);
    leaveLock(dir, elsewhere, 20_000);
    const reopened = await openEmbeddedDataFolder(dir);
    await reopened.stop();
  });
});
