import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { deployMigrations } from "@/lib/db/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

/**
 * Migrates one template database per run; each test copies it (much faster than
 * migrating). The file is the run's own, so two runs on one machine never share it.
 */
export default async function setup(project: TestProject) {
  const templateDb = path.resolve(`var/test/template-${process.pid}.db`);
  await deployMigrations(`file:${templateDb}`);
  project.provide("templateDb", templateDb);
  return () => fs.rmSync(templateDb, { force: true });
}
