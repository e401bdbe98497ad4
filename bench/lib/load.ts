import autocannon from 'autocannon';
import type { BenchContext } from './scenario';

export type LoadRound = { requestsPerSecond: number; answered: number; p50: number; p95: number; p99: number; errors: number; statusCounts: Record<string, number> };

/** One autocannon run against `url`: mean requests per second, latency percentiles (ms), and what went wrong. */
export async function loadRound(
  url: string,
  { seconds, connections, headers = {}, method = 'GET', body, overallRate }: {
    seconds: number;
    connections: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    body?: string;
    overallRate?: number;
  },
): Promise<LoadRound> {
  const result = await autocannon({ url, duration: seconds, connections, headers, method, ...(body && { body }), ...(overallRate && { overallRate }), timeout: 10 });
  const statusCounts: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = stats.count ?? 0;
  const latency = result.latency as typeof result.latency & { p95?: number };
  return {
    requestsPerSecond: result.requests.average,
    answered: result['2xx'],
    p50: result.latency.p50,
    p95: latency.p95 ?? result.latency.p97_5,
    p99: result.latency.p99,
    // Timeouts are counted in `errors` too; a round in which nothing was answered is one more.
    errors: result.errors + result.non2xx + (result['2xx'] === 0 ? 1 : 0),
    statusCounts,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Rounds interleaved baseline, app, baseline, app…, so a change in the machine's load hits both alike;
 * medians of each side. Errors are summed over the app's rounds (the baseline's are reported apart).
 */
export async function interleaved(
  ctx: BenchContext,
  { appUrl, baselineUrl, headers }: { appUrl: string; baselineUrl: string; headers?: Record<string, string> },
) {
  const app: LoadRound[] = [];
  const baseline: LoadRound[] = [];
  const options = { seconds: ctx.seconds, connections: ctx.connections, ...(headers && { headers }) };
  for (let round = 1; round <= ctx.rounds; round++) {
    baseline.push(await loadRound(baselineUrl, options));
    app.push(await loadRound(appUrl, options));
    ctx.log(`  round ${round}: baseline ${baseline.at(-1)!.requestsPerSecond.toFixed(0)} req/s, app ${app.at(-1)!.requestsPerSecond.toFixed(0)} req/s`);
  }
  const side = (rounds: LoadRound[]) => ({
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    statusCounts: rounds.map((r) => r.statusCounts),
  });
  return { app: side(app), baseline: side(baseline) };
}
