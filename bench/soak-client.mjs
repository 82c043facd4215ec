// Soak client for POST /api/v1/concerns: sends --total submissions from --concurrency clients, taking the
// instances in --urls in turn, at most --rate a second (0: as fast as they answer). Every reference answered
// 201 goes to --out, one per line; every answer (or network error) goes to --events as "ms-since-epoch status".
// Prints the counts as JSON. Plain Node 20 (fetch), no packages. A request that fails is not retried: the
// soak checks what was acknowledged, and a resident whose report was refused sees the error and sends again.
import { appendFileSync, readFileSync } from 'node:fs'

const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean))
const urls = args.urls.split(',')
const total = Number(args.total ?? 10000)
const concurrency = Number(args.concurrency ?? 32)
const rate = Number(args.rate ?? 0)
const scenario = JSON.parse(readFileSync(new URL('../tests/Shared/TestData/routing/scenarios.json', import.meta.url))).find(s => s.id === 'S02').request
const body = JSON.stringify({ ...scenario, description: 'A soak report: the child next door is often alone and hungry.', reporterContact: { name: 'Soak Test', email: 'soak@example.org' } })

const statuses = {}
let next = 0
const started = Date.now()

async function worker () {
  for (let i = next++; i < total; i = next++) {
    if (rate > 0) {
      const due = started + (i * 1000) / rate
      if (due > Date.now()) await new Promise(resolve => setTimeout(resolve, due - Date.now()))
    }
    let status = 'network-error'
    let reference = null
    try {
      const response = await fetch(`${urls[i % urls.length]}/api/v1/concerns`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(60000)
      })
      status = response.status
      const text = await response.text()
      if (status === 201) reference = JSON.parse(text).reference
    } catch {
      await new Promise(resolve => setTimeout(resolve, 20))
    }
    statuses[status] = (statuses[status] ?? 0) + 1
    if (reference) appendFileSync(args.out, reference + '\n')
    appendFileSync(args.events, `${Date.now()} ${status}\n`)
  }
}

await Promise.all(Array.from({ length: concurrency }, worker))
const seconds = (Date.now() - started) / 1000
console.log(JSON.stringify({ submitted: total, accepted: statuses[201] ?? 0, seconds: Number(seconds.toFixed(1)), statuses }))
