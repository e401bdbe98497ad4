import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../server/collab/collab-layout';
import { connectClient, waitFor, type CollabClient } from '../../test/collab-harness';

/** A typist's paragraph's text node (paragraph `index` of the body). */
export const paragraphText = (client: CollabClient, index: number) => (client.doc.getXmlFragment(BODY_FIELD).get(index) as Y.XmlElement).get(0) as Y.XmlText;

/**
 * Typists in one shared document, typist i appending to paragraph i once every `intervalMs`, every one
 * of them watching the others' paragraphs: how long each keystroke took to show in every other client.
 * `errors`: keystrokes some client never saw, and connections closed under way.
 */
export async function typeTogether(
  clients: readonly CollabClient[],
  { seconds, intervalMs }: { seconds: number; intervalMs: number },
): Promise<{ latenciesMs: number[]; keystrokes: number; errors: number }> {
  const sentAt = clients.map(() => new Map<number, number>());
  const seen = clients.map((client) => clients.map((_, j) => paragraphText(client, j).length));
  const latenciesMs: number[] = [];
  clients.forEach((client, i) =>
    client.doc.on('update', () => {
      const now = performance.now();
      clients.forEach((_, j) => {
        if (j === i) return;
        const length = paragraphText(client, j).length;
        for (let at = seen[i]![j]! + 1; at <= length; at++) {
          const sent = sentAt[j]!.get(at);
          if (sent !== undefined) latenciesMs.push(now - sent);
        }
        seen[i]![j] = Math.max(seen[i]![j]!, length);
      });
    }),
  );
  let keystrokes = 0;
  const timers = clients.map<NodeJS.Timeout>((client, i) =>
    // Started apart, so the typists do not all press a key at the same instant.
    setTimeout(() => {
      const tick = () => {
        const text = paragraphText(client, i);
        text.insert(text.length, 'x');
        sentAt[i]!.set(text.length, performance.now());
        keystrokes++;
      };
      tick();
      timers[i] = setInterval(tick, intervalMs);
    }, (intervalMs * i) / clients.length),
  );
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  timers.forEach((timer) => clearInterval(timer));
  const finalLengths = clients.map((client, i) => paragraphText(client, i).length);
  const converged = () => clients.every((client) => finalLengths.every((length, j) => paragraphText(client, j).length === length));
  await waitFor(converged, 'every client to hold every keystroke', 15_000).catch(() => {});
  const missing = clients.reduce((sum, client) => sum + finalLengths.reduce((n, length, j) => n + Math.max(0, length - paragraphText(client, j).length), 0), 0);
  const closed = clients.reduce((sum, client) => sum + client.closes.length, 0);
  return { latenciesMs, keystrokes, errors: missing + closed };
}

/** Opens `count` clients, `parallel` at a time. */
export async function openClients(count: number, parallel: number, open: (index: number) => Promise<CollabClient>): Promise<CollabClient[]> {
  const clients: CollabClient[] = [];
  for (let start = 0; start < count; start += parallel) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - start) }, (_, k) => open(start + k)))));
  }
  return clients;
}

export { connectClient };

/** Resident memory of a process in bytes (Linux /proc), or NaN elsewhere. */
export function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The bare Hocuspocus baseline (bare-collab.ts) on `port`, as a process of its own. */
export async function startBareCollab(port: number): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/bare-collab.ts', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => line === 'ready' && resolve());
    child.once('exit', (code) => reject(new Error(`bare co-editing server exited with ${code}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The p-th percentile (0–100) of unsorted values, rounded to 0.1; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return value === undefined ? Number.NaN : Math.round(value * 10) / 10;
}
