import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

/**
 * The shadow database replays migration history through `executeRaw`, which
 * better-sqlite3 refuses for SQL holding several statements (our FTS migration has
 * triggers): such SQL goes through `executeScript` instead.
 */
function acceptMultiStatementSql(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/i.test(String(error) + JSON.stringify(error))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/** A factory that remembers its connections: freeing the engine does not close them. */
function sqliteAdapterFactory(file: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: file, timeout: 15_000 });
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return acceptMultiStatementSql(adapter);
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
}

type EngineBindings = typeof import("@prisma/schema-engine-wasm");
let bindingsReady: Promise<EngineBindings> | undefined;

/**
 * Node 20 cannot `import` a .wasm file, which the package's entry does: compile the
 * module by hand and hand it to the generated bindings, once per process.
 */
function loadWasmEngine(): Promise<EngineBindings> {
  bindingsReady ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings as unknown as EngineBindings;
  })();
  return bindingsReady;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine (its timers keep a process alive) and closes its connections. */
  close(): Promise<void>;
}

/** Starts the WebAssembly schema engine on a SQLite file. */
export async function openSchemaEngine(
  file: string,
  schemaPath: string,
  log: (message: string) => void = () => {},
): Promise<OpenSchemaEngine> {
  const { SchemaEngine } = await loadWasmEngine();
  const opened: SqlDriverAdapter[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(sqliteAdapterFactory(file, opened));
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, "utf8")]] },
    (message: string) => log(message),
    adapter,
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((connection) => connection.dispose()));
    },
  };
}
