/**
 * Where the end-to-end app server runs, and where its embedded database can be reached from tests.
 * E2E_APP_PORT and E2E_DB_PORT move them, so two checkouts can run their suites side by side.
 */
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54329);
export const E2E_DATA_DIR = '.masthead/e2e';
export const E2E_DATABASE_URL = `postgresql://postgres@127.0.0.1:${E2E_DB_PORT}/postgres?sslmode=disable`;
