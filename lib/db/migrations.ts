import fs from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { openSchemaEngine } from "@/lib/db/schema-engine";
import { sqlitePathFromUrl } from "@/lib/db/sqlite-path";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/**
 * Tables written by hand in migration SQL (the FTS5 index and its shadow tables). The
 * engine does not know them from schema.prisma and would otherwise plan to drop them.
 */
const filters: SchemaFilter = {
  externalTables: [
    "paper_fts",
    "paper_fts_data",
    "paper_fts_idx",
    "paper_fts_docsize",
    "paper_fts_config",
    "paper_fts_vocab",
  ],
  externalEnums: [],
};

export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** Runs `work` with an engine on the database, and always closes it. */
async function withEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(sqlitePathFromUrl(databaseUrl), SCHEMA_PATH);
  try {
    return await work(engine);
  } finally {
    await close();
  }
}

/**
 * The site, the worker and the seed script use one file at once. In WAL mode readers
 * never wait for a writer, so pages keep answering during a long import. The mode is
 * stored in the file, so setting it once per deploy is enough.
 */
function enableWriteAheadLog(file: string): void {
  const connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  connection.close();
}

/** Applies every pending migration; returns the names applied. */
export async function deployMigrations(databaseUrl: string): Promise<string[]> {
  const file = sqlitePathFromUrl(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const applied = await withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(), filters });
    return result.appliedMigrationNames;
  });
  enableWriteAheadLog(file);
  return applied;
}

export interface MigrationStatus {
  applied: number;
  pending: string[];
  failed: string[];
  edited: string[];
}

export async function migrationStatus(databaseUrl: string): Promise<MigrationStatus> {
  const migrationsList = readMigrations();
  return withEngine(databaseUrl, async (engine) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters,
    });
    const history = diagnosis.history;
    const pending = history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
    return {
      applied: migrationsList.migrationDirectories.length - pending.length,
      pending,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
    };
  });
}

/**
 * The SQL that would bring the migrations up to schema.prisma: empty when they agree.
 * Runs the history in a shadow database, so `databaseUrl` only hosts the engine.
 */
export async function schemaDrift(databaseUrl: string): Promise<string> {
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrations() },
      to: {
        tag: "schemaDatamodel",
        files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }],
      },
      script: true,
      exitCode: null,
      filters,
    });
    const script = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(script) ? "" : script;
  });
}

/**
 * Applies pending migrations, then writes a new migration folder holding the SQL that
 * brings history up to schema.prisma: nothing when they agree, unless `allowEmpty`
 * (a folder for hand-written SQL). Returns its name.
 * The caller applies it (after appending any hand-written SQL, for `--create-only`).
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  { allowEmpty = false } = {},
): Promise<string | null> {
  return withEngine(databaseUrl, async (engine) => {
    const migrationsList = readMigrations();
    await engine.applyMigrations({ migrationsList, filters });
    // Without this call first, createMigration asks for a shadow database URL.
    await engine.devDiagnostic({ migrationsList, filters });
    const result = await engine.createMigration({
      draft: allowEmpty,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }] },
      filters,
    });
    if (result.migrationScript === null) return null;
    const folder = path.join(MIGRATIONS_DIR, result.generatedMigrationName);
    fs.mkdirSync(folder, { recursive: true });
    // The engine's script ends without a newline; hand-written SQL gets appended to it.
    fs.writeFileSync(path.join(folder, "migration.sql"), result.migrationScript.replace(/\n*$/, "\n"));
    const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
    if (!fs.existsSync(lockPath)) {
      fs.writeFileSync(
        lockPath,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${result.connectorType}"\n`,
      );
    }
    return result.generatedMigrationName;
  });
}
