import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process now and at its peak (VmHWM), in MB; null once it has exited. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The process and all its descendants (Chromium's browser, GPU, utility and renderer processes under the CLI). */
export function processTree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so split after its ')'.
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited while we looked
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of parent) if (ppid === out[i]) out.push(pid);
  return out;
}

/**
 * Polls a process tree's total resident memory until stopped: the peak of the
 * sum (processes that live briefly, like Chromium's, would be missed by
 * reading VmHWM once at the end).
 */
export function treeSampler(root: number, everyMs = 50): { stop(): { peakTreeMB: number; peakRootMB: number } } {
  let peakTree = 0;
  let peakRoot = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(root)) sum += memoryOf(pid)?.rssMB ?? 0;
    peakTree = Math.max(peakTree, sum);
    peakRoot = Math.max(peakRoot, memoryOf(root)?.peakMB ?? 0);
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return { peakTreeMB: peakTree, peakRootMB: peakRoot };
    },
  };
}
