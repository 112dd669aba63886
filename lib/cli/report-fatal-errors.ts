import { EnvError } from "@/lib/env";

/**
 * Command-line scripts import this first: a misconfiguration ends the process with its
 * one-line message and exit code 1 instead of a stack trace. Anything unexpected keeps
 * its stack, which is what a bug report needs.
 */
function report(error: unknown): never {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

process.on("uncaughtException", report);
process.on("unhandledRejection", report);
