// The dashboard benchmark's browser: signs in to the portal with Entra ID (the loopback OpenID provider's sign-in
// form, as a person would), then requests each dashboard page after a warm-up, one at a time and then a few at once,
// and prints each page's latency percentiles as JSON. Every measured response must be a 200 that really is the page
// (its heading and no error summary, or the CSV's header line): a redirect to sign-in or an error page stops the run.
// Plain Node 20 (fetch, its own cookie jar), no packages. The provider's self-signed certificate is trusted through
// NODE_EXTRA_CA_CERTS.
//
//   node bench/dashboard-client.mjs --url http://127.0.0.1:5095 --login lead --phase notice-the-signs-2026 \
//     --from 2025-12-07 --to 2026-12-06 --requests 100 --warmup 10 --concurrent-requests 40 --concurrency 4 [--only coverage,impact]
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean))
const base = args.url ?? 'http://127.0.0.1:5095'
const requests = Number(args.requests ?? 100)
const warmup = Number(args.warmup ?? 10)
const concurrentRequests = Number(args['concurrent-requests'] ?? 40)
const concurrency = Number(args.concurrency ?? 4)

// Each page and what proves it is that page and not, say, the sign-in page or an error page with a 200; a dashboard
// with an error summary fell back to its default dates, so it is not the range asked for.
const allPages = [
  { name: 'dashboard', path: '/dashboard', expect: /Safeguarding dashboard<\/h1>/ },
  { name: 'dashboard-phase', path: `/dashboard?phase=${args.phase}`, expect: /Safeguarding dashboard<\/h1>/ },
  { name: 'dashboard-12-months', path: `/dashboard?from=${args.from}&to=${args.to}`, expect: /Safeguarding dashboard<\/h1>/ },
  { name: 'coverage', path: '/dashboard/coverage', expect: /<h1 class="govuk-heading-xl">Coverage<\/h1>/ },
  { name: 'impact', path: '/dashboard/impact', expect: /<h1 class="govuk-heading-xl">Campaign impact<\/h1>/ },
  { name: 'csv-phase', path: `/dashboard?handler=Csv&phase=${args.phase}`, expect: /^\uFEFF?Section,Figure,Count\r\nConcerns,Received,[1-9]/, csv: true },
]
// --only dashboard,coverage times those pages alone (when looking into one).
const pages = args.only ? allPages.filter(p => args.only.split(',').includes(p.name)) : allPages

// Cookies per origin, as a browser keeps them. Secure cookies are sent over http too: the portal runs on plain http
// on loopback here, where a browser would be behind the council's TLS front door.
const jar = new Map()
function remember (url, response) {
  const origin = new URL(url).origin
  const cookies = jar.get(origin) ?? new Map()
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';')
    const at = pair.indexOf('=')
    const name = pair.slice(0, at).trim()
    const value = pair.slice(at + 1).trim()
    const expired = attributes.some(a => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()))
    if (expired || value === '') cookies.delete(name)
    else cookies.set(name, value)
  }
  jar.set(origin, cookies)
}

async function request (url, init = {}) {
  const cookies = jar.get(new URL(url).origin)
  const headers = { ...init.headers }
  if (cookies?.size) headers.cookie = [...cookies].map(([n, v]) => `${n}=${v}`).join('; ')
  const response = await fetch(url, { ...init, headers, redirect: 'manual' })
  remember(url, response)
  return response
}

// Follows redirects across the portal and the provider; returns the last response and its URL.
async function follow (url, init) {
  let response = await request(url, init)
  for (let hops = 0; [301, 302, 303, 307].includes(response.status); hops++) {
    if (hops > 15) throw new Error(`too many redirects from ${url}`)
    await response.arrayBuffer()
    url = new URL(response.headers.get('location'), url).href
    response = await request(url)
  }
  return { url, response }
}

const form = fields => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() })

async function signIn () {
  const page = await (await request(`${base}/account/sign-in`)).text()
  const entra = page.match(/<form method="post" novalidate action="(\/account\/sign-in\/entra[^"]*)">[\s\S]*?name="__RequestVerificationToken" type="hidden" value="([^"]+)"/)
  if (!entra) throw new Error('the sign-in page offers no Entra ID sign-in: is Authentication:EntraId configured?')
  // The portal sends us to the provider's authorize endpoint, which sends us to its sign-in form.
  const atProvider = await follow(`${base}${entra[1].replaceAll('&amp;', '&')}`, form({ __RequestVerificationToken: entra[2] }))
  const interaction = await atProvider.response.text()
  if (!/name="login"/.test(interaction)) throw new Error(`expected the provider's sign-in form at ${atProvider.url}, got ${atProvider.response.status}`)
  // Its form posts back to the interaction URL; then the provider returns to /signin-entra with a code.
  const back = await follow(atProvider.url, form({ prompt: 'login', login: args.login, password: 'not-checked' }))
  await back.response.arrayBuffer()
  if (back.response.status !== 200 || new URL(back.url).origin !== new URL(base).origin) {
    throw new Error(`sign-in ended at ${back.url} with ${back.response.status}`)
  }
  const session = jar.get(new URL(base).origin)
  if (!session?.has('__Host-portal')) throw new Error(`no portal session cookie after sign-in (ended at ${back.url})`)
}

async function timed (page) {
  const started = performance.now()
  const response = await request(`${base}${page.path}`)
  const body = await response.text()
  const elapsed = performance.now() - started
  if (response.status !== 200) throw new Error(`${page.path}: ${response.status} ${response.headers.get('location') ?? ''}`)
  if (page.csv && !response.headers.get('content-type')?.startsWith('text/csv')) throw new Error(`${page.path}: ${response.headers.get('content-type')}`)
  if (!page.expect.test(body) || /govuk-error-summary/.test(body)) throw new Error(`${page.path}: 200, but not the page expected:\n${body.slice(0, 500)}`)
  return elapsed
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
const summary = latencies => {
  const sorted = [...latencies].sort((a, b) => a - b)
  const round = x => Number(x.toFixed(1))
  return { n: sorted.length, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted.at(-1)) }
}

await signIn()
const results = []
for (const page of pages) {
  for (let i = 0; i < warmup; i++) await timed(page)
  const sequential = []
  for (let i = 0; i < requests; i++) sequential.push(await timed(page))
  // A few people at once (the committee opening the same link): `concurrency` requests in flight.
  const concurrent = []
  let left = concurrentRequests
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) concurrent.push(await timed(page))
  }))
  results.push({ page: page.name, path: page.path, sequential: summary(sequential), concurrent: { concurrency, ...summary(concurrent) } })
}
console.log(JSON.stringify(results))
