import pino from 'pino';

/** Structured JSON logs (pipe through `npx pino-pretty` to read them locally). */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { app: 'masthead' } });
