import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';

/**
 * Prisma's schema engine, compiled to WebAssembly, talking to the database through the same pg driver
 * adapter as the app. Prisma 7's CLI downloads a native engine instead, which offline machines cannot; this
 * one ships inside an npm package and writes the standard `_prisma_migrations` table.
 *
 * The package's own entry imports the .wasm file as an ES module, which Node only allows behind
 * --experimental-wasm-modules; instantiating it here by hand avoids needing that flag anywhere.
 */
export type SchemaEngine = engineBindings.SchemaEngine;

let bindingsReady: Promise<void> | undefined;

function loadBindings(): Promise<void> {
  bindingsReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(entry), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return bindingsReady;
}

export const schemaPath = path.resolve('prisma/schema.prisma');
export const migrationsDir = path.resolve('prisma/migrations');

export async function openSchemaEngine(connectionString: string, schemaText: string): Promise<SchemaEngine> {
  await loadBindings();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return engineBindings.SchemaEngine.new(
    { datamodels: [['schema.prisma', schemaText]] },
    () => {},
    adapter,
  );
}

/** Tables and enums that are not Prisma's to manage (none yet). */
export const noFilters = { externalTables: [], externalEnums: [] };
