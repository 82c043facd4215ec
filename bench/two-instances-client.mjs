// The two-instance benchmark's browser (bench/two-instances.sh). Talks to nginx only, on one origin, and picks the
// instance behind it per request with the X-Bench-Instance header (a or b; none: nginx's round-robin); nginx names
// the instance that answered in X-Upstream, which this client checks against the one asked for, so every claim below
// is about a known instance. Plain Node 20 (fetch, its own cookie jar), no packages. The OpenID provider's
// self-signed certificate is trusted through NODE_EXTRA_CA_CERTS.
//
//   node bench/two-instances-client.mjs signin  --url http://127.0.0.1:5099 --a 127.0.0.1:5097 --b 127.0.0.1:5098 --login lead
//   node bench/two-instances-client.mjs journey --url http://127.0.0.1:5099 --a 127.0.0.1:5097 --b 127.0.0.1:5098
//   node bench/two-instances-client.mjs submit  --url http://127.0.0.1:5099 --a 127.0.0.1:5097 --b 127.0.0.1:5098 --count 200 --concurrency 8
//
// Each prints one JSON line: what happened and, per request, which instance served it.
import { readFileSync } from 'node:fs'

const mode = process.argv[2]
const args = Object.fromEntries(process.argv.slice(3).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean))
const base = args.url ?? 'http://127.0.0.1:5099'
const origin = new URL(base).origin
const instances = { [args.a ?? '127.0.0.1:5097']: 'a', [args.b ?? '127.0.0.1:5098']: 'b' }
const log = []
const servedBy = new WeakMap() // response -> a or b

// Cookies per origin, as a browser keeps them (Secure ones too: loopback plain http stands in for the TLS front door).
const jar = new Map()
function remember (url, response) {
  const at = new URL(url).origin
  const cookies = jar.get(at) ?? new Map()
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';')
    const eq = pair.indexOf('=')
    const name = pair.slice(0, eq).trim()
    const value = pair.slice(eq + 1).trim()
    const expired = attributes.some(a => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()))
    if (expired || value === '') cookies.delete(name)
    else cookies.set(name, value)
  }
  jar.set(at, cookies)
}

/** One request; to the portal, on instance `on` (a, b or undefined for round-robin), checked against X-Upstream. */
async function request (url, init = {}, on = undefined) {
  const toPortal = new URL(url).origin === origin
  const cookies = jar.get(new URL(url).origin)
  const headers = { ...init.headers }
  if (cookies?.size) headers.cookie = [...cookies].map(([n, v]) => `${n}=${v}`).join('; ')
  if (toPortal && on) headers['x-bench-instance'] = on
  const response = await fetch(url, { ...init, headers, redirect: 'manual' })
  remember(url, response)
  if (toPortal) {
    const upstream = response.headers.get('x-upstream')
    const served = instances[upstream] ?? `unknown(${upstream})`
    servedBy.set(response, served)
    log.push({ method: init.method ?? 'GET', path: new URL(url).pathname, status: response.status, asked: on ?? 'any', served })
    if (on && served !== on) throw new Error(`${init.method ?? 'GET'} ${url}: asked for instance ${on}, served by ${served}`)
  }
  return response
}

/** Follows redirects across the portal and the provider, the portal's hops on instance `on`. */
async function follow (url, init, on) {
  let response = await request(url, init, on)
  for (let hops = 0; [301, 302, 303, 307].includes(response.status); hops++) {
    if (hops > 15) throw new Error(`too many redirects from ${url}`)
    await response.arrayBuffer()
    url = new URL(response.headers.get('location'), url).href
    response = await request(url, {}, on)
  }
  return { url, response }
}

const form = fields => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() })
const decode = s => s.replaceAll('&amp;', '&')

async function signIn (on) {
  const page = await (await request(`${base}/account/sign-in`, {}, on)).text()
  const entra = page.match(/<form method="post" novalidate action="(\/account\/sign-in\/entra[^"]*)">[\s\S]*?name="__RequestVerificationToken" type="hidden" value="([^"]+)"/)
  if (!entra) throw new Error('the sign-in page offers no Entra ID sign-in: is Authentication:EntraId configured?')
  const atProvider = await follow(`${base}${decode(entra[1])}`, form({ __RequestVerificationToken: entra[2] }), on)
  const interaction = await atProvider.response.text()
  if (!/name="login"/.test(interaction)) throw new Error(`expected the provider's sign-in form at ${atProvider.url}, got ${atProvider.response.status}`)
  // The provider returns to /signin-entra with a code: on the same instance, whose correlation cookie it checks.
  const back = await follow(atProvider.url, form({ prompt: 'login', login: args.login ?? 'lead', password: 'not-checked' }), on)
  await back.response.arrayBuffer()
  if (back.response.status !== 200 || new URL(back.url).origin !== origin) throw new Error(`sign-in ended at ${back.url} with ${back.response.status}`)
  if (!jar.get(origin)?.has('__Host-portal')) throw new Error(`no portal session cookie after sign-in (ended at ${back.url})`)
}

/** A signed-in page on instance `on`: 200 with its own heading, not a redirect to sign-in. */
async function signedInPage (path, heading, on) {
  const response = await request(`${base}${path}`, {}, on)
  const body = await response.text()
  return { path, on, status: response.status, location: response.headers.get('location'), isThePage: response.status === 200 && heading.test(body), body }
}

async function signInMode () {
  await signIn('a')
  const signInServedBy = [...new Set(log.filter(l => l.path.startsWith('/account/sign-in') || l.path === '/signin-entra').map(l => l.served))]
  const pages = []
  for (const [path, heading] of [['/dashboard', /Safeguarding dashboard<\/h1>/], ['/account', /Your account<\/h1>/]]) {
    for (const on of ['b', 'a']) {
      const { body, ...page } = await signedInPage(path, heading, on)
      pages.push(page)
    }
  }
  // Signing out on B ends the session on A too: sessions are database rows, not per-instance memory.
  const account = await signedInPage('/account', /Your account<\/h1>/, 'b')
  const signOut = account.body.match(/<form[^>]*action="\/account\/sign-out"[^>]*>[\s\S]*?name="__RequestVerificationToken" type="hidden" value="([^"]+)"/)
  let afterSignOut = null
  if (signOut) {
    const cookieBefore = jar.get(origin).get('__Host-portal')
    await follow(`${base}/account/sign-out`, form({ __RequestVerificationToken: signOut[1] }), 'b')
    // Replay the old cookie, as a copied one would be: the session row is gone, so A refuses it.
    jar.get(origin).set('__Host-portal', cookieBefore)
    const { body, ...page } = await signedInPage('/account', /Your account<\/h1>/, 'a')
    afterSignOut = page
  }
  console.log(JSON.stringify({ signInServedBy, pages, afterSignOut, signOutFormFound: Boolean(signOut), requests: log }))
}

// The report journey, as JourneyScript's resident reporting a neglected 7-year-old (page tests): each entry is one
// page's answer. Steps alternate instances: step k's POST and the GET it redirects to go to one instance, step k+1's
// POST (with the token minted by that GET) to the other.
const journeyAnswers = [
  [['answer', 'no']], // immediate danger
  [['answer', 'yes']], // can it wait
  [['answer', 'someoneElse']],
  [['answer', 'public']],
  [['ageKind', 'years']],
  [['ageYears', '7']],
  [['homeStatus', 'postcode']],
  [['postcode', 'ec2v7hh']],
  [['answer', 'atHome']],
  [['categories', 'neglect']],
  [['answer', 'no']],
  [['answer', 'no']],
  [['answer', 'no']],
  [['answer', 'no']],
  [['answer', 'no']], // no one is causing harm
  [['description', 'A two-instance benchmark report: the little boy next door is left alone every evening.']],
  [['answer', 'no']], // anonymous
]

function pageForm (html) {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? ''
  const forms = [...main.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].filter(f => !/keep-alive/.test(f[1]))
  if (forms.length === 0) return null
  const [, attributes, inner] = forms[0]
  const action = decode(attributes.match(/action="([^"]*)"/)?.[1] ?? '')
  const hidden = [...inner.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map(m => [m[0].match(/name="([^"]+)"/)?.[1], decode(m[0].match(/value="([^"]*)"/)?.[1] ?? '')]).filter(([n]) => n)
  return { action, hidden }
}

async function journeyMode () {
  const other = on => (on === 'a' ? 'b' : 'a')
  let on = 'a'
  let { url, response } = await follow(`${base}/report/immediate-danger`, {}, on)
  let html = await response.text()
  const steps = []
  for (const answers of [...journeyAnswers, []]) { // the last, empty, answer sends "check your answers"
    const f = pageForm(html)
    if (!f) throw new Error(`no form on ${url} (${response.status}):\n${html.slice(0, 400)}`)
    const mintedOn = on
    on = other(on)
    const fields = [...f.hidden.filter(([n]) => !answers.some(([a]) => a === n)), ...answers]
    const from = new URL(url).pathname;
    ({ url, response } = await follow(new URL(f.action || url, url).href, form(fields), on))
    html = await response.text()
    const to = new URL(url).pathname
    const errors = /govuk-error-summary/.test(html)
    steps.push({ from, tokenMintedOn: mintedOn, postedTo: on, to, status: response.status, errors })
    if (response.status !== 200 || errors || to === from) throw new Error(`step from ${from} on ${on}: ${response.status} at ${to}${errors ? ' with errors' : ''}\n${JSON.stringify(steps)}`)
  }
  const reference = html.match(/govuk-panel__body[\s\S]*?<strong>([^<]+)<\/strong>/)?.[1] ?? null
  console.log(JSON.stringify({ reference, endedAt: new URL(url).pathname, steps, requests: log }))
}

async function submitMode () {
  const count = Number(args.count ?? 200)
  const concurrency = Number(args.concurrency ?? 8)
  const scenario = JSON.parse(readFileSync(new URL('../tests/Shared/TestData/routing/scenarios.json', import.meta.url))).find(s => s.id === 'S02').request
  const body = JSON.stringify({ ...scenario, description: 'A two-instance benchmark report: the child next door is often alone and hungry.', reporterContact: { name: 'Bench Mark', email: 'bench@example.org' } })
  const references = []
  const statuses = {}
  const perInstance = {}
  let left = count
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) {
      const response = await request(`${base}/api/v1/concerns`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      const text = await response.text()
      statuses[response.status] = (statuses[response.status] ?? 0) + 1
      const served = servedBy.get(response)
      perInstance[served] = (perInstance[served] ?? 0) + 1
      if (response.status === 201) references.push(JSON.parse(text).reference)
    }
  }))
  console.log(JSON.stringify({ sent: count, accepted: references.length, statuses, servedBy: perInstance, references }))
}

const modes = { signin: signInMode, journey: journeyMode, submit: submitMode }
if (!modes[mode]) throw new Error(`mode must be one of ${Object.keys(modes).join(', ')}`)
await modes[mode]()
