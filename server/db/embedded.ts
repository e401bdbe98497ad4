import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { serveWholeProtocolCycles } from './whole-protocol-cycles';

/**
 * The embedded database: PostgreSQL compiled to WebAssembly (PGlite), served on a loopback socket so the
 * app reaches it with the ordinary pg driver, exactly as it reaches a real PostgreSQL server. Only the
 * process that opened it may touch its data folder (see data-folder.ts).
 */
export type EmbeddedPostgres = {
  /** postgresql:// URL for the pg driver. */
  url: string;
  db: PGlite;
  stop: () => Promise<void>;
};

export async function startEmbeddedPostgres(options: {
  /** Data folder; omit for a throwaway in-memory database. */
  dataDir?: string;
  /** Raw data-folder tarball to start from (PGlite's dumpDataDir output). */
  loadDataDir?: Blob;
  /** 0 picks a free port. */
  port?: number;
}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  // PGlite runs one query at a time; the socket server queues connections' queries. Its default of one
  // connection made half of a pool's concurrent requests fail, so allow a pool's worth.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections: 32 });
  serveWholeProtocolCycles(server);
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    db,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
