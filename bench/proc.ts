// What /proc says about a bot process the benches started (Linux).
import { readFileSync } from "node:fs";

/** The process's resident memory in MB, to 0.1; 0 once it is gone. */
export function rssOf(pid: number): number {
  try {
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    return Math.round(kb / 102.4) / 10;
  } catch {
    return 0;
  }
}

/** Seconds of CPU (user + system, all threads) a process has used; 0 once it is gone. */
export function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
