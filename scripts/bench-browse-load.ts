/** Requests `url` from `concurrency` loops for `seconds`; returns requests per second (non-2xx count as failures). */
export async function measureThroughput(url: string, { seconds = 10, concurrency = 8 } = {}) {
  const until = Date.now() + seconds * 1_000;
  let ok = 0;
  let failed = 0;
  const loop = async () => {
    while (Date.now() < until) {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) ok++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1_000;
  return { perSecond: ok / elapsed, ok, failed };
}

/** Requests each URL once, one at a time; returns the latencies in ms, sorted. */
export async function measureLatencies(urls: string[]) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
  return { latencies: latencies.sort((a, b) => a - b), statuses };
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
