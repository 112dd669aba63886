// Database migrations without Prisma's native engine (see README, "Migrations").
//   npm run db:migrate -- <name> [--create-only]   create a migration from schema.prisma and apply it
//   npm run db:deploy                              apply pending migrations
//   npm run db:status                              report applied, pending and failed migrations
import "@/lib/cli/report-fatal-errors";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { createMigration, deployMigrations, migrationStatus } from "@/lib/db/migrations";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { "create-only": { type: "boolean", default: false } },
});
const [command, name] = positionals;
const databaseUrl = env().DATABASE_URL;

async function main(): Promise<number> {
  if (command === "deploy") {
    const applied = await deployMigrations(databaseUrl);
    console.log(
      `migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ", database up to date"}`,
    );
    return 0;
  }
  if (command === "status") {
    const status = await migrationStatus(databaseUrl);
    for (const pending of status.pending) console.log(`pending: ${pending}`);
    for (const failed of status.failed) console.log(`failed: ${failed}`);
    for (const edited of status.edited) console.log(`edited after being applied: ${edited}`);
    console.log(
      `migrations: ${status.applied} applied, ${status.pending.length} pending, ${status.failed.length} failed`,
    );
    return status.pending.length || status.failed.length ? 1 : 0;
  }
  if (command === "create" && name && /^[a-z0-9_]+$/.test(name)) {
    const created = await createMigration(databaseUrl, name, { allowEmpty: values["create-only"] });
    if (!created) {
      console.log("migrations: schema.prisma and the migrations agree; nothing to create");
      return 0;
    }
    if (values["create-only"]) {
      console.log(`created prisma/migrations/${created}/migration.sql (not applied: edit it, then npm run db:deploy)`);
      return 0;
    }
    await deployMigrations(databaseUrl);
    console.log(`created and applied prisma/migrations/${created}`);
    return 0;
  }
  console.error(
    "usage: npm run db:migrate -- <name_in_snake_case> [--create-only] | npm run db:deploy | npm run db:status",
  );
  return 2;
}

process.exitCode = await main();
