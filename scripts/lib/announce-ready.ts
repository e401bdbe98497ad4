import type { ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The start log's last word: once the server answers, where to go. Asks the server itself (on loopback)
 * until it answers, and says nothing if it stops first (the caller reports that).
 */
export async function announceWhenServing({ child, port, lines }: { child: ChildProcess; port: string; lines: string[] }): Promise<void> {
  const probe = `http://127.0.0.1:${port}/signin`;
  while (child.exitCode === null && child.signalCode === null) {
    const answered = await fetch(probe, { redirect: 'manual', signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) {
      console.log(lines.join('\n'));
      return;
    }
    await delay(250);
  }
}
