// Load client for POST /api/v1/concerns: N concurrent clients for D seconds. Records every reference that got
// a 201 (one per line, to the file named by --out) and prints submissions/s and latency percentiles as JSON.
// Plain Node 20 (fetch), no packages. Requests refused or failed (e.g. while the portal restarts) are counted,
// never recorded as accepted.
import { appendFileSync, readFileSync } from 'node:fs'

const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean))
const base = args.url ?? 'http://127.0.0.1:5092'
const seconds = Number(args.seconds ?? 30)
const concurrency = Number(args.concurrency ?? 32)
const out = args.out
const scenario = JSON.parse(readFileSync(new URL('../tests/Shared/TestData/routing/scenarios.json', import.meta.url))).find(s => s.id === 'S02').request
const body = JSON.stringify({ ...scenario, description: 'A benchmark report: the child next door is often alone and hungry.', reporterContact: { name: 'Bench Mark', email: 'bench@example.org' } })

const latencies = []
const statuses = {}
let accepted = 0
const deadline = Date.now() + seconds * 1000

async function worker () {
  while (Date.now() < deadline) {
    const started = performance.now()
    let status = 'network-error'
    try {
      const response = await fetch(`${base}/api/v1/concerns`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      status = response.status
      const text = await response.text()
      if (status === 201) {
        accepted++
        latencies.push(performance.now() - started)
        if (out) appendFileSync(out, JSON.parse(text).reference + '\n')
      }
    } catch {
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    statuses[status] = (statuses[status] ?? 0) + 1
  }
}

const started = Date.now()
await Promise.all(Array.from({ length: concurrency }, worker))
const elapsed = (Date.now() - started) / 1000
latencies.sort((a, b) => a - b)
const percentile = p => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : NaN
console.log(JSON.stringify({
  accepted,
  perSecond: Math.round(accepted / elapsed),
  p50: Number(percentile(0.5).toFixed(1)),
  p99: Number(percentile(0.99).toFixed(1)),
  statuses
}))
