/**
 * The bare baseline in a process of its own (so it never shares an event loop with the load generator):
 * `node --import tsx bench/lib/replay-child.ts FILE`, FILE holding the recorded answers as JSON (bodies in
 * base64). Prints its URL on the first line of stdout, serves until killed.
 */
import { readFileSync } from 'node:fs';
import { startReplayServer, type RecordedResponse } from './replay-server';

type Serialised = Record<string, { status: number; headers: Record<string, string | string[]>; body: string }>;

const recorded = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Serialised;
const responses = new Map<string, RecordedResponse>(
  Object.entries(recorded).map(([url, r]) => [url, { status: r.status, headers: r.headers, body: Buffer.from(r.body, 'base64') }]),
);
const server = await startReplayServer(responses);
console.log(server.url);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
