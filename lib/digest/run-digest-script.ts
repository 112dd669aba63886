// Test support: runs scripts/digest.ts or scripts/worker.ts as a real child process,
// so faults (SIGKILL, SIGTERM, a second process) happen to a real process.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface ScriptResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningScript {
  child: ChildProcess;
  /** Everything written to stdout so far. */
  output(): string;
  exited: Promise<ScriptResult>;
}

/**
 * `node --import tsx`, not the `tsx` command: that one runs the script in a second node
 * process, so a SIGKILL sent to it would leave the real sender running as an orphan.
 */
export function startScript(script: string, args: string[], env: Record<string, string>): RunningScript {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", script), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<ScriptResult>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, output: () => stdout, exited };
}

/** The last line a script printed: its summary. */
export const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";
