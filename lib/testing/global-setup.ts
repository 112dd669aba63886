import fs from "node:fs";
import { deployMigrations } from "@/lib/db/migrations";
import { TEMPLATE_DB } from "@/lib/testing/test-db";

/** Migrates one template database per run; each test copies it (much faster than migrating). */
export default async function setup() {
  fs.rmSync(TEMPLATE_DB, { force: true });
  await deployMigrations(`file:${TEMPLATE_DB}`);
}
