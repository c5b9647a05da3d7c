/** The part of autocannon's API the site benchmark uses (the package ships no types). */
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number }
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number }
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  // `requests` with setupRequest: each request made anew (bench/abuse.bench.ts varies the page); timeout in seconds
  // url: several targets share the connections in turn (bench/site.bench.ts: two server processes)
  function autocannon(options: { url: string | string[]; connections?: number; duration?: number; pipelining?: number; amount?: number; headers?: Record<string, string>; timeout?: number; requests?: (Request & { setupRequest?: (request: Request) => Request })[] }): Promise<Result & { '2xx': number }>
  export default autocannon
}
