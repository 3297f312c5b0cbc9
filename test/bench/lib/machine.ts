import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly date: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
}

export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: os.cpus() is as good as it gets.
  }
  return {
    date: new Date().toISOString(),
    cpus: availableParallelism(),
    cpuModel,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export interface Load {
  readonly at: string;
  /** 1-minute load average. */
  readonly load1: number;
  /** Other heavy processes on the machine (test runners, compilers, JVMs) not started by the bench. */
  readonly busy: string[];
}

const HEAVY = /\b(jest|java|tsc|eslint|cdk|esbuild|tsx)\b/;

/** What else is running: the figures are only comparable within a run, and this says how noisy it was. */
export function load(): Load {
  const own = new Set([process.pid, process.ppid]);
  let busy: string[] = [];
  try {
    const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,pcpu=,args='], { encoding: 'utf8' }).split('\n');
    busy = lines
      .map((line) => /^\s*(\d+)\s+(\d+)\s+([\d.]+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .filter((m) => !own.has(Number(m[1])) && !own.has(Number(m[2])))
      .filter((m) => HEAVY.test(m[4] as string) && Number(m[3]) >= 5)
      .map((m) => `${(m[4] as string).slice(0, 80)} (${m[3]}% CPU)`);
  } catch {
    // ps missing: report the load average only.
  }
  return { at: new Date().toISOString(), load1: Math.round((loadavg()[0] ?? 0) * 100) / 100, busy };
}
