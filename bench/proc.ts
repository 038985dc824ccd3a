// What /proc says about a bot process the benches started (Linux).
import { readFileSync } from "node:fs";

/** Seconds of CPU (user + system, all threads) a process has used; 0 once it is gone. */
export function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
