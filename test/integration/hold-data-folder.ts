/**
 * A process that opens the embedded data folder given as its argument, says "open" on stdout and keeps
 * it until killed: another Masthead process, for tests of the folder's lock.
 */
import { openEmbeddedDataFolder } from '../../server/db/data-folder';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-folder.ts <data dir>');
await openEmbeddedDataFolder(dataDir);
process.stdout.write('open\n');
setInterval(() => {}, 60_000); // stay until killed
