/**
 * The co-editing benchmark's bare baseline, run as its own process (`node --import tsx bench/lib/bare-collab.ts
 * <port>`) so its memory is measured as the app's is: Hocuspocus on a `node:http` server with no
 * authentication, validation, database or Redis, every document empty at first. Prints "ready" once listening.
 */
import { Server } from '@hocuspocus/server';

const port = Number(process.argv[2]);
const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log('ready');
