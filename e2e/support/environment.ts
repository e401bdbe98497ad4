/**
 * Where the end-to-end app server runs, and where its embedded database can be reached from tests.
 * E2E_APP_PORT and E2E_DB_PORT move them, so two checkouts can run their suites side by side.
 */
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54329);
export const E2E_DATA_DIR = '.masthead/e2e';
/** Servers a spec starts and stops itself (one at a time: specs run one after another). */
export const E2E_OWN_SERVER_PORT = Number(process.env.E2E_OWN_SERVER_PORT ?? 3160);
/** The port a second `npm start` on the shared data folder asks for (it must stop before serving). */
export const E2E_SECOND_START_PORT = Number(process.env.E2E_SECOND_START_PORT ?? 3199);
export const E2E_DATABASE_URL = `postgresql://postgres@127.0.0.1:${E2E_DB_PORT}/postgres?sslmode=disable`;
/** A webhook receiver a spec starts (the app POSTs events to it). */
export const E2E_RECEIVER_PORT = Number(process.env.E2E_RECEIVER_PORT ?? 3170);
