import { readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * Who holds the embedded data folder's lock, recorded inside the lock, so a starting process can tell a
 * live owner from a crashed one at once: the lock's heartbeat alone takes 15 s to go stale, and for those
 * 15 s a restart after a crash would be refused. On Linux a process is named unambiguously by the boot,
 * its pid and its start time (a reused pid has another start time); elsewhere by its pid.
 */
export type LockOwner = { host: string; bootId: string | null; pid: number; startTime: string | null };

export type OwnerState = 'alive' | 'gone' | 'unknown';

export function currentOwner(): LockOwner {
  return {
    host: os.hostname(),
    bootId: readProcFile('/proc/sys/kernel/random/boot_id')?.trim() ?? null,
    pid: process.pid,
    startTime: processStartTime(process.pid),
  };
}

/**
 * 'gone' when the owner certainly no longer runs; 'alive' when it does; 'unknown' when it is on another
 * machine (a folder on shared storage), where only the lock's heartbeat can tell.
 */
export function ownerState(owner: LockOwner, here: LockOwner = currentOwner()): OwnerState {
  if (owner.host !== here.host) return 'unknown';
  if (owner.bootId !== here.bootId) return 'gone'; // the machine restarted since
  if (!processExists(owner.pid)) return 'gone';
  if (owner.startTime !== null && processStartTime(owner.pid) !== owner.startTime) return 'gone'; // pid reused
  return 'alive';
}

/** A parsed owner record, or null when there is none (yet) or it is unreadable. */
export function parseLockOwner(text: string | null): LockOwner | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.host === 'string' && typeof value.pid === 'number'
      ? { host: value.host, pid: value.pid, bootId: value.bootId ?? null, startTime: value.startTime ?? null }
      : null;
  } catch {
    return null;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only checks that the process exists and may be signalled
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to another user
  }
}

/** Field 22 of /proc/<pid>/stat (clock ticks after boot), read after the name, which may hold spaces. */
function processStartTime(pid: number): string | null {
  const stat = readProcFile(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function readProcFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
