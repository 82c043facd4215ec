// Fuzz client for bench/fuzz.sh (security.md item 22): sends random and malicious bodies to every POST endpoint the
// code declares and checks that none answers 5xx and no response echoes a payload unescaped. Plain Node 20, no packages.
//
// Endpoints come from the code: every Razor page under src/SafeguardingPortal/Features with an OnPost handler (route
// from its @page directive, handlers from the method names) and every MapPost of the minimal APIs. Real URLs and form
// fields come from the running portal: each demo account (Development's /account/demo) and an anonymous visitor crawl
// the pages they can reach and collect every <form method="post">; an endpoint no crawl reached is still posted to,
// with its route filled in and a token from the same session. Each request picks an endpoint (round robin, so each gets
// its share), a session (the role that found the form; sometimes an anonymous one or another role), an antiforgery
// mode (valid, missing, garbage, another session's) and a body: the form filled validly with some fields replaced by
// payloads, or a wholly malformed body (oversized, 10,000 repeated fields, invalid UTF-8, wrong content type, JSON).
// Every malicious string carries a marker fz<n>x; every response (the POST's and the GETs' that follow, so stored
// payloads shown to staff count too) is searched for a raw payload.
//
//   node bench/fuzz-client.mjs --url http://127.0.0.1:5094 --requests 10000 --concurrency 4 --out results.json
//        [--sendgrid-key key.pem] [--seed 1]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createSign } from 'node:crypto'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean))
const base = args.url ?? 'http://127.0.0.1:5094'
const total = Number(args.requests ?? 10000)
const concurrency = Number(args.concurrency ?? 4)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sendGridKey = args['sendgrid-key'] ? readFileSync(args['sendgrid-key'], 'utf8') : null

// ---- deterministic randomness -----------------------------------------------------------------------------------
let seed = Number(args.seed ?? 1) >>> 0
const rand = () => { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296 }
const pick = list => list[Math.floor(rand() * list.length)]
const chance = p => rand() < p

// ---- endpoints from the code ------------------------------------------------------------------------------------
function walk (dir) { return readdirSync(dir).flatMap(name => { const path = join(dir, name); return statSync(path).isDirectory() ? walk(path) : [path] }) }
const endpoints = [] // { key, template, handler, kind: 'page' | 'api', regex, file }
const src = join(root, 'src/SafeguardingPortal')
for (const file of walk(join(src, 'Features')).filter(f => f.endsWith('.cshtml.cs'))) {
  const code = readFileSync(file, 'utf8')
  const handlers = [...code.matchAll(/public\s+(?:async\s+)?[\w<>]+\s+OnPost(\w*?)(?:Async)?\s*\(/g)].map(m => m[1])
  if (!handlers.length) continue
  const page = readFileSync(file.replace(/\.cs$/, ''), 'utf8').match(/@page\s+"([^"]+)"/)
  if (!page) continue
  for (const handler of new Set(handlers)) endpoints.push({ template: page[1], handler, kind: 'page', file: file.slice(root.length + 1) })
}
// Pages with no POST handler at all: a POST to one must be refused too (Razor Pages would render the page unloaded).
const getOnly = []
for (const file of walk(join(src, 'Features')).filter(f => f.endsWith('.cshtml.cs'))) {
  const code = readFileSync(file, 'utf8')
  if (/OnPost/.test(code)) continue
  const page = readFileSync(file.replace(/\.cs$/, ''), 'utf8').match(/@page\s+"([^"]+)"/)
  if (page) getOnly.push(page[1])
}
endpoints.push({ template: '(pages without a POST handler)', handler: '', kind: 'get-only', file: `${getOnly.length} pages` })
for (const file of walk(src).filter(f => f.endsWith('.cs'))) {
  const code = readFileSync(file, 'utf8')
  const group = code.match(/MapGroup\("([^"]+)"\)/)?.[1] ?? ''
  for (const m of code.matchAll(/Map(Post|Put|Delete|Patch)\(([^,]+),/g)) {
    let path = m[2].trim()
    if (path === 'Path') path = code.match(/const string Path = "([^"]+)"/)[1]
    else if (path === 'string.Empty') path = group
    else if (path.startsWith('"')) path = group + JSON.parse(path)
    else throw new Error(`Cannot resolve the route ${path} in ${file}`)
    endpoints.push({ template: path, handler: '', kind: 'api', method: m[1].toUpperCase(), file: file.slice(root.length + 1) })
  }
}
for (const e of endpoints.filter(e => e.kind !== 'get-only')) {
  e.key = `${e.method ?? 'POST'} ${e.template}${e.handler ? ` [${e.handler}]` : ''}`
  const segments = e.template.split('/').filter(Boolean)
  e.rank = segments.map(s => s.startsWith('{') ? (s.includes('?') ? '3' : s.includes(':') ? '1' : '2') : '0').join('') + '9'
  e.regex = new RegExp('^' + segments.map(s => {
    if (!s.startsWith('{')) return '/' + s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const optional = s.includes('?')
    const name = s.slice(1).split(/[:?}]/)[0]
    const body = s.includes(':int') ? '-?\\d+' : s.includes(':guid') ? '[0-9a-fA-F-]{36}' : '[^/]+'
    return optional ? `(?:/(?<${name}>${body}))?` : `/(?<${name}>${body})`
  }).join('') + '/?$')
}
const getOnlyEndpoint = endpoints.find(e => e.kind === 'get-only')
getOnlyEndpoint.key = `POST ${getOnlyEndpoint.template}`
const templates = [...new Set(endpoints.filter(e => e.regex).map(e => e.template))].map(t => endpoints.find(e => e.template === t)).sort((a, b) => a.rank.localeCompare(b.rank))

/** The endpoint a POST to this URL reaches (the handler from ?handler= or a {handler?} route value). */
function endpointOf (url) {
  const u = new URL(url, base)
  for (const t of templates) {
    const m = u.pathname.match(t.regex)
    if (!m) continue
    const handler = (u.searchParams.get('handler') ?? m.groups?.handler ?? '').toLowerCase()
    return endpoints.find(e => e.template === t.template && e.handler.toLowerCase() === handler) ??
      endpoints.find(e => e.template === t.template && e.handler === '') ?? null
  }
  return null
}

// ---- HTTP with a cookie jar ---------------------------------------------------------------------------------------
class Session {
  constructor (name, account) { this.name = name; this.account = account; this.cookies = new Map(); this.token = null }
  cookieHeader () { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
  store (response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      const expired = attrs.some(a => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0/i.test(a))
      if (expired || value === '') this.cookies.delete(name); else this.cookies.set(name, value)
    }
  }
}

const stats = { requests: 0, gets: 0, byEndpoint: {}, failures5xx: [], echoes: [], networkErrors: 0, closedOnOversized: 0, errors: [], byMode: {} }
const echoPatterns = [
  /<script>fz\d+x/i,
  /<img src=x onerror=[^>]*fz\d+x/i,
  /<svg\/onload=[^>]*fz\d+x/i,
  /<iframe srcdoc=[^>]*fz\d+x/i,
  /" autofocus onfocus="?fz\d+x/i,
  /' onmouseover='fz\d+x/i,
  /(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:[^"'>\s]*fz\d+x/i,
]

function checkEcho (where, text, location) {
  for (const pattern of echoPatterns) {
    const m = text.match(pattern)
    if (m) { stats.echoes.push({ where, match: m[0].slice(0, 120) }); return }
  }
  if (location && /^\s*javascript:/i.test(location)) stats.echoes.push({ where, match: `Location: ${location.slice(0, 120)}` })
}

async function request (session, method, url, { body, headers = {}, note } = {}) {
  const absolute = new URL(url, base).href
  let response
  try {
    response = await fetch(absolute, {
      method,
      redirect: 'manual',
      headers: { ...(session.cookies.size ? { cookie: session.cookieHeader() } : {}), ...headers },
      body,
      signal: AbortSignal.timeout(60000),
    })
  } catch (error) {
    error.fuzzNote = note
    error.fuzzWhere = `${method} ${absolute.slice(0, 120)}`
    throw error
  }
  session.store(response)
  const text = await response.text()
  const location = response.headers.get('location')
  if (method === 'GET') stats.gets++
  if (response.status >= 500) stats.failures5xx.push({ method, url: absolute.slice(0, 200), status: response.status, session: session.name, note, body: text.slice(0, 300) })
  checkEcho(`${method} ${absolute.slice(0, 160)} as ${session.name}${note ? ` (${note})` : ''}`, text, location)
  return { status: response.status, text, location }
}

/** GET, following redirects within the portal (at most 5), keeping cookies. */
async function get (session, url) {
  let current = new URL(url, base).href
  for (let i = 0; i < 6; i++) {
    const r = await request(session, 'GET', current)
    if (r.status >= 300 && r.status < 400 && r.location) {
      const next = new URL(r.location, current)
      if (next.origin !== new URL(base).origin) return { ...r, url: current }
      current = next.href
      continue
    }
    const token = r.text.match(/name="__RequestVerificationToken" type="hidden" value="([^"]+)"/)
    if (token) session.token = token[1]
    return { ...r, url: current }
  }
  return { status: 0, text: '', url: current }
}

// ---- HTML forms ---------------------------------------------------------------------------------------------------
const decode = s => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x2B;/gi, '+').replace(/&#x3D;/gi, '=').replace(/&#x2F;/gi, '/')
const attr = (tag, name) => { const m = tag.match(new RegExp(`\\s${name}(?:="([^"]*)"|='([^']*)'|=([^\\s>]+)|(?=[\\s>/]))`, 'i')); return m ? decode(m[1] ?? m[2] ?? m[3] ?? '') : null }

function forms (html, pageUrl) {
  const found = []
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = `<form${m[1]}>`
    if ((attr(tag, 'method') ?? 'get').toLowerCase() !== 'post') continue
    const inner = m[2]
    const fields = []
    for (const input of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(input[0], 'name'); if (!name) continue
      fields.push({ name, type: (attr(input[0], 'type') ?? 'text').toLowerCase(), value: attr(input[0], 'value') ?? '' })
    }
    for (const area of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const name = attr(`<t${area[1]}>`, 'name'); if (name) fields.push({ name, type: 'textarea', value: decode(area[2]) })
    }
    for (const select of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const name = attr(`<s${select[1]}>`, 'name'); if (!name) continue
      const options = [...select[2].matchAll(/<option\b([^>]*)>/gi)].map(o => attr(`<o${o[1]}>`, 'value') ?? '')
      fields.push({ name, type: 'select', options, value: options[0] ?? '' })
    }
    const action = new URL(attr(tag, 'action') || pageUrl, pageUrl).href
    const buttons = [...inner.matchAll(/<button\b[^>]*>/gi)].map(b => ({ name: attr(b[0], 'name'), value: attr(b[0], 'value') ?? '', formaction: attr(b[0], 'formaction') }))
    const actions = new Set([action])
    for (const b of buttons) if (b.formaction) actions.add(new URL(b.formaction, pageUrl).href)
    for (const a of actions) found.push({ action: a, page: pageUrl, fields, buttons: buttons.filter(b => b.name) })
  }
  return found
}

// ---- payloads -----------------------------------------------------------------------------------------------------
let markerCount = 0
const marker = () => `fz${++markerCount}x`
const xss = [
  m => `<script>${m}</script>`,
  m => `"><img src=x onerror=alert('${m}')>`,
  m => `'><svg/onload=alert('${m}')>`,
  m => `" autofocus onfocus="${m}`,
  m => `' onmouseover='${m}`,
  m => `javascript:alert('${m}')`,
  m => `<iframe srcdoc=${m}></iframe>`,
  m => `</textarea><script>${m}</script>`,
  m => `</title><script>${m}</script>`,
  m => `{{constructor.constructor('${m}')()}}`,
  m => `@(${m})`,
  m => `%3Cscript%3E${m}%3C/script%3E`,
]
const unicode = [
  m => `${m}\u0000nul`,
  m => `\u202Eevil${m}\u202C`,
  m => `${m}\uD800`,
  m => `${m}\uDFFF\uD800x`,
  m => `\uFEFF${m}\u200B`,
  m => `${m}${'\u0301'.repeat(200)}`,
  m => `${m} 👨‍👩‍👧 ﷽ ${'\u0000'.repeat(3)}`,
  m => `${m}\r\nSet-Cookie: x=${m}`,
  m => `${m}\u0085\u2028\u2029`,
]
const odd = [
  () => '', () => ' ', () => '0', () => '-1', () => '2147483648', () => '1e309', () => 'NaN', () => 'true', () => 'null',
  () => '00000000-0000-0000-0000-000000000000', () => '9999-99-99', () => '../../etc/passwd', () => "'; DROP TABLE \"Concerns\"; --",
  () => '%', () => '%%32%65', () => 'a'.repeat(5000), () => crypto.randomUUID(),
]
function payload (big = chance(0.02)) {
  const m = marker()
  if (big) return pick(xss)(m) + 'A'.repeat(pick([100_000, 1_000_000]))
  const r = rand()
  if (r < 0.55) return pick(xss)(m)
  if (r < 0.8) return pick(unicode)(m)
  return pick(odd)()
}

// ---- form bodies --------------------------------------------------------------------------------------------------
function validValue (field) {
  if (field.type === 'hidden') return field.value
  if (field.type === 'select') return pick(field.options.length ? field.options : [''])
  if (field.type === 'radio' || field.type === 'checkbox') return field.value
  if (field.name === 'website') return ''
  if (/email/i.test(field.name)) return `fuzz${markerCount++}@example.org`
  if (/postcode/i.test(field.name)) return pick(['EC2V 7HH', 'E1 6AN', 'SW1A 1AA'])
  if (/day$/i.test(field.name)) return String(1 + Math.floor(rand() * 28))
  if (/month$/i.test(field.name)) return String(1 + Math.floor(rand() * 12))
  if (/year$/i.test(field.name)) return String(1950 + Math.floor(rand() * 70))
  if (/age|count|number|quantity|attendees/i.test(field.name)) return String(Math.floor(rand() * 40))
  if (/date/i.test(field.name)) return '2026-05-01'
  if (/code/i.test(field.name)) return '123456'
  if (field.value) return field.value
  return pick(['A plain answer.', 'Fuzz Tester', 'The child next door is often alone.'])
}

/** Pairs for a form: each radio/checkbox group gets one or some of its values; fuzzing replaces some values by payloads. */
function fill (form, fuzz) {
  const pairs = []
  const groups = new Map()
  for (const f of form.fields) {
    if (f.name === '__RequestVerificationToken') continue
    if (f.type === 'radio' || f.type === 'checkbox') { if (!groups.has(f.name)) groups.set(f.name, []); groups.get(f.name).push(f); continue }
    if (f.type === 'submit' || f.type === 'button') continue
    pairs.push([f.name, fuzz && chance(f.type === 'hidden' ? 0.3 : 0.6) ? payload() : validValue(f)])
  }
  for (const [name, list] of groups) {
    if (fuzz && chance(0.3)) { pairs.push([name, payload()]); continue }
    if (list[0].type === 'checkbox') { for (const f of list) if (chance(0.5)) pairs.push([name, f.value]) } else if (!fuzz || chance(0.9)) pairs.push([name, pick(list).value])
  }
  const button = form.buttons.length && chance(0.7) ? pick(form.buttons) : null
  if (button) pairs.push([button.name, fuzz && chance(0.2) ? payload() : button.value])
  if (fuzz && chance(0.3)) pairs.push([pick(['extra', 'Answers.Name', 'handler', 'returnUrl', 'id', 'reference', 'Input.Email', 'name', 'description']), payload()])
  if (fuzz && chance(0.1) && pairs.length) pairs.splice(Math.floor(rand() * pairs.length), 1)
  return pairs
}

/** Form-encodes, letting lone surrogates through as the (invalid) UTF-8 bytes of a surrogate code point. */
function formBody (pairs) {
  return pairs.map(([k, v]) => encodeLoose(k) + '=' + encodeLoose(v)).join('&')
}
function encodeLoose (s) {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = s.charCodeAt(i + 1)
      if (c < 0xDC00 && next >= 0xDC00 && next <= 0xDFFF) { out += encodeURIComponent(s[i] + s[i + 1]); i++; continue }
      out += `%${(0xE0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3F)).toString(16)}%${(0x80 | (c & 0x3F)).toString(16)}`
    } else out += encodeURIComponent(s[i])
  }
  return out
}

function tokenFor (session, mode, others) {
  switch (mode) {
    case 'valid': return session.token
    case 'missing': return null
    case 'garbage': return pick(['x', 'CfDJ8' + 'A'.repeat(150), payload(false)])
    case 'other-session': return pick(others).token ?? 'x'
  }
}

/** One fuzzed body for a form: mostly a fuzzed fill with a valid token, sometimes something malformed. */
function formRequest (form, session, others) {
  const mode = rand() < 0.65 ? 'valid' : pick(['missing', 'garbage', 'other-session'])
  const token = tokenFor(session, mode, others)
  const shape = rand()
  let pairs = fill(form, true)
  if (token !== null) pairs.push(['__RequestVerificationToken', token])
  const headers = { 'content-type': 'application/x-www-form-urlencoded' }
  let body
  let kind = 'fields'
  if (shape < 0.7) body = formBody(pairs)
  else if (shape < 0.75) { kind = 'repeated-10000'; const name = (pick(pairs) ?? ['x'])[0]; pairs = pairs.concat(Array.from({ length: 10000 }, () => [name, 'x'])); body = formBody(pairs) }
  else if (shape < 0.78) { kind = 'oversized-1MB'; pairs.push([pick(form.fields)?.name ?? 'x', payload(true)]); body = formBody(pairs) }
  else if (shape < 0.83) { kind = 'invalid-utf8'; body = Buffer.concat([Buffer.from(formBody(pairs) + '&'), Buffer.from(pick(form.fields)?.name ?? 'x'), Buffer.from([0x3D, 0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x25]), Buffer.from(marker())]) }
  else if (shape < 0.87) { kind = 'multipart'; const fd = new FormData(); for (const [k, v] of pairs) fd.append(k, v); if (chance(0.5)) fd.append('file', new Blob([payload()]), `${payload()}.csv`); body = fd; delete headers['content-type'] }
  else if (shape < 0.91) { kind = 'json'; headers['content-type'] = 'application/json'; body = JSON.stringify(Object.fromEntries(pairs)) }
  else if (shape < 0.94) { kind = 'wrong-content-type'; headers['content-type'] = pick(['text/plain', 'application/xml', 'image/png', 'application/x-www-form-urlencoded; charset=utf-7', 'multipart/form-data', 'multipart/form-data; boundary=' + 'x'.repeat(200), '']); body = formBody(pairs) }
  else if (shape < 0.97) { kind = 'malformed-urlencoded'; body = pick(['=&=&&==', '%', '%zz=%', 'a=%E0%A4%A', '&'.repeat(5000), formBody(pairs).replace(/=/g, '%3D=')]) }
  else { kind = 'empty'; body = '' }
  return { body, headers, note: `${mode} token, ${kind}`, mode, kind }
}

// ---- JSON bodies ----------------------------------------------------------------------------------------------------
const scenarios = JSON.parse(readFileSync(join(root, 'tests/Shared/TestData/routing/scenarios.json'), 'utf8')).map(s => s.request)
function wrongType () {
  return pick([() => 12345, () => -1.5e308, () => true, () => null, () => ({ [payload()]: payload() }), () => [payload(), 1, null], () => Array.from({ length: 10000 }, () => 1), () => payload(), () => nest(pick([20, 70, 200]))])()
}
function nest (depth) { let v = payload(); for (let i = 0; i < depth; i++) v = chance(0.5) ? [v] : { a: v }; return v }
function mutate (value, depth = 0) {
  if (Array.isArray(value)) return chance(0.2) ? wrongType() : value.map(v => mutate(v, depth + 1))
  if (value && typeof value === 'object') {
    if (chance(0.1)) return wrongType()
    const out = {}
    for (const [k, v] of Object.entries(value)) { if (chance(0.05)) continue; out[k] = chance(0.25) ? (chance(0.6) ? payload() : wrongType()) : mutate(v, depth + 1) }
    if (chance(0.2)) out[pick(['extra', '__proto__', 'constructor', payload()])] = payload()
    return out
  }
  return value
}
function jsonConcern () {
  const request = structuredClone(pick(scenarios))
  request.description = 'A fuzz report. ' + (chance(0.5) ? payload() : '')
  request.reporterContact = { name: chance(0.5) ? payload() : 'Fuzz Tester', email: chance(0.3) ? payload() : 'fuzz@example.org', phone: chance(0.3) ? payload() : null }
  // Half keep the request valid apart from its free text, so payloads reach the database and the inbox.
  return chance(0.5) ? request : mutate(request)
}
function toJsonText (value) {
  // JSON.stringify writes lone surrogates as \udxxx escapes, which is what is wanted here (valid JSON, invalid UTF-16).
  return JSON.stringify(value)
}
function apiRequest (make) {
  const headers = { 'content-type': 'application/json' }
  const shape = rand()
  let body
  let kind = 'mutated'
  if (shape < 0.6) body = toJsonText(make())
  else if (shape < 0.68) { kind = 'malformed-json'; const text = toJsonText(make()); body = pick([text.slice(0, Math.floor(rand() * text.length)), text + '}', text.replace(/"/, "'"), '{"a":', '[' .repeat(10000), '{"a":1,"a":2}', '\uFEFF' + text, 'NaN', text.replace(/:/, '::'), '/*x*/' + text]) }
  else if (shape < 0.73) { kind = 'wrong-type-root'; body = toJsonText(pick([null, 1, 'x', [], [make()], true])) }
  else if (shape < 0.78) { kind = 'deep-nesting'; body = '['.repeat(5000) + ']'.repeat(5000) }
  else if (shape < 0.82) { kind = 'oversized-1MB'; body = toJsonText({ ...make(), description: payload(true) }) }
  else if (shape < 0.87) { kind = 'invalid-utf8'; const text = toJsonText(make()); const at = text.indexOf('"', 1) + 1; body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x00]), Buffer.from(text.slice(at))]) }
  else if (shape < 0.9) { kind = 'lone-surrogate-escape'; body = toJsonText(make()).replace(/"description":"/, `"description":"\\ud800${marker()}\\udc00\\udc00`) }
  else if (shape < 0.95) { kind = 'wrong-content-type'; headers['content-type'] = pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonx', 'multipart/form-data', '']); body = toJsonText(make()) }
  else if (shape < 0.97) { kind = 'form-body'; headers['content-type'] = 'application/x-www-form-urlencoded'; body = `description=${encodeLoose(payload())}` }
  else { kind = 'empty'; body = '' }
  return { body, headers, note: kind, kind }
}

function sendGridEvents () {
  return Array.from({ length: 1 + Math.floor(rand() * 5) }, () => mutate({ email: 'fuzz@example.org', timestamp: Math.floor(Date.now() / 1000), event: pick(['delivered', 'bounce', 'dropped', 'deferred', 'open', 'processed', 'spamreport']), sg_message_id: crypto.randomUUID(), sg_event_id: crypto.randomUUID(), reason: 'r', outbox_id: crypto.randomUUID() }))
}
function signed (request) {
  if (!sendGridKey || chance(0.25)) return request
  const timestamp = String(chance(0.9) ? Math.floor(Date.now() / 1000) : pick([0, 99999999999, -5]))
  const signer = createSign('SHA256')
  signer.update(timestamp)
  signer.update(Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body ?? ''))
  request.headers['X-Twilio-Email-Event-Webhook-Timestamp'] = timestamp
  request.headers['X-Twilio-Email-Event-Webhook-Signature'] = chance(0.9) ? signer.sign(sendGridKey, 'base64') : pick(xss)(marker())
  request.note += ', signed'
  return request
}

// ---- sessions -----------------------------------------------------------------------------------------------------
const anon = Array.from({ length: 4 }, (_, i) => new Session(`anonymous-${i + 1}`, null))
const journeys = Array.from({ length: 6 }, (_, i) => new Session(`reporter-${i + 1}`, null))
const accounts = []

/** Signs a demo account in again (after the fuzz signed it out); concurrent callers share one sign-in. */
function demoSignIn (session) {
  session.signingIn ??= signInOnce(session).finally(() => { session.signingIn = null })
  return session.signingIn
}
async function signInOnce (session) {
  session.cookies.clear()
  const page = await get(session, '/account/demo')
  const form = forms(page.text, page.url).find(f => f.fields.some(x => x.name === 'id' && x.value === session.account))
  if (!form) throw new Error(`No demo sign-in for ${session.name}`)
  const r = await request(session, 'POST', form.action, { body: formBody([['id', session.account], ['__RequestVerificationToken', session.token]]), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  if (r.status !== 302) throw new Error(`Demo sign-in for ${session.name} answered ${r.status}`)
  session.signIns = (session.signIns ?? 0) + 1
}

{
  const s = new Session('setup', null)
  const page = await get(s, '/account/demo')
  if (page.status !== 200) throw new Error(`/account/demo answered ${page.status}: run the portal in Development`)
  for (const form of forms(page.text, page.url)) {
    const id = form.fields.find(f => f.name === 'id')?.value
    const name = decode(page.text.slice(page.text.indexOf(id) - 600, page.text.indexOf(id)).match(/>([^<>]*Demo[^<>]*)</g)?.at(-1)?.slice(1, -1) ?? id)
    if (id) accounts.push(new Session(name.replace(/\s+/g, ' ').trim(), id))
  }
  for (const a of accounts) await demoSignIn(a)
}
const signedIn = accounts
const everyone = [...anon, ...signedIn]

// Some cases in the inbox, so its pages have forms: valid API submissions.
for (let i = 0; i < 12; i++) {
  const r = await request(anon[0], 'POST', '/api/v1/concerns', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...scenarios[i % scenarios.length], description: `A fuzz seed report ${i}.`, reporterContact: { name: 'Fuzz Seed', email: 'seed@example.org' } }) })
  if (r.status !== 201 && r.status !== 400) throw new Error(`Seeding a concern answered ${r.status}: ${r.text.slice(0, 200)}`)
}

// ---- discovery: crawl each session's pages and keep their forms -----------------------------------------------------
const seeds = ['/', '/account', '/inbox', '/inbox/quarantine', '/admin', '/admin/users', '/admin/users/invite', '/admin/head-counts', '/admin/notifications',
  '/training', '/training/face-to-face', '/training/prior-learning', '/training/prior-learning/review', '/champions', '/champions/briefings',
  '/champions/briefings/log', '/champions/request-briefing', '/champions/pack/publish', '/champions/meetings/record', '/briefing', '/pledge',
  '/account/sign-in', '/account/invitation', '/account/sign-in/code', '/account/authenticator', '/dashboard']
const skip = url => /\/(report|assets|css|js|images|health|api|webhooks|error)\b|\/account\/(demo|sign-out)|\.(css|js|svg|png|ico|pdf|csv|json|xml|txt|woff2?)(\?|$)|[?&](handler=|format=)/i.test(url.pathname + url.search)
const targets = new Map() // endpoint key -> [{ form, session }]
function addTarget (form, session) {
  const endpoint = endpointOf(form.action)
  if (!endpoint) return
  if (endpoint.template === '/account/demo') return // its own forms sign the fuzzer in as someone else
  // Never aim the admin's forms at the demo accounts' own pages (revoking their roles would end the run's coverage).
  if (endpoint.template === '/admin/users/{id:guid}' && form.demo) return
  const list = targets.get(endpoint.key) ?? []
  if (list.length < 30 && !list.some(t => t.form.action === form.action && t.session === session)) { list.push({ form, session }); targets.set(endpoint.key, list) }
}
async function crawl (session, limit) {
  const seen = new Set()
  const queue = seeds.map(s => new URL(s, base).href)
  let pages = 0
  while (queue.length && pages < limit) {
    const url = queue.shift()
    if (seen.has(url)) continue
    seen.add(url)
    const page = await get(session, url)
    pages++
    if (page.status !== 200 || /\/account\/sign-in(\?|$)/.test(page.url) && session.account) continue
    const demo = /@demo\.invalid/.test(page.text)
    for (const form of forms(page.text, page.url)) addTarget({ ...form, demo }, session)
    for (const m of page.text.matchAll(/href="([^"#]+)"/g)) {
      const next = new URL(decode(m[1]), page.url)
      if (next.origin === new URL(base).origin && !skip(next) && !seen.has(next.href)) queue.push(next.href)
    }
  }
  return pages
}
// Pages with forms that take state to reach (a briefing to attend, a claim to review, an invited person) exist only
// after someone posted valid forms, so the crawl runs twice with valid posts of every form found between.
let crawled = 0
for (const s of [anon[0], ...signedIn]) crawled += await crawl(s, s.account ? 60 : 30)
for (const [key, list] of targets) {
  for (const { form, session } of list.slice(0, 3)) {
    if (/SignOut|Revoke|ResetSecondFactor|Delete|Withdraw/i.test(key)) continue
    const pairs = fill(form, false)
    pairs.push(['__RequestVerificationToken', session.token ?? ''])
    await request(session, 'POST', form.action, { body: formBody(pairs), headers: { 'content-type': 'application/x-www-form-urlencoded' }, note: 'valid seed post' })
  }
}
for (const s of signedIn) crawled += await crawl(s, 60)

// ---- the report journey: each request answers the step a reporter is on ----------------------------------------------
async function journeyRequest (session) {
  let page = await get(session, '/report/immediate-danger')
  if (/session-ended|confirmation/.test(page.url) || page.status !== 200) {
    if (/confirmation/.test(page.url) && chance(0.5)) { /* fuzz the confirmation page's own form below */ } else { session.cookies.clear(); page = await get(session, '/report/immediate-danger') }
  }
  const found = forms(page.text, page.url)
  if (!found.length) return null
  const main = found.find(f => !/keep-alive/.test(f.action) && endpointOf(f.action)) ?? found[0]
  const form = chance(0.08) ? (found.find(f => /keep-alive/.test(f.action)) ?? main) : main
  if (chance(0.5)) { // a valid answer moves the journey on, so later steps, check answers and submit get fuzzed too
    const pairs = fill(form, false)
    pairs.push(['__RequestVerificationToken', session.token])
    return { form, body: formBody(pairs), headers: { 'content-type': 'application/x-www-form-urlencoded' }, note: 'valid answer' }
  }
  return { form, ...formRequest(form, session, journeys) }
}

// ---- the run ------------------------------------------------------------------------------------------------------
const keys = endpoints.map(e => e.key)
let next = 0
function count (key, status) {
  const row = stats.byEndpoint[key] ??= { total: 0, statuses: {} }
  row.total++
  row.statuses[status] = (row.statuses[status] ?? 0) + 1
}

/** A URL for an endpoint no crawl found a form for: its route filled in with plausible and hostile values. */
function syntheticUrl (endpoint) {
  let path = endpoint.template.replace(/\{([^}:?]+)[^}]*\}/g, (all, name) => {
    if (name === 'handler') return endpoint.handler
    if (name === 'path') return pick(['signs-of-abuse/children', 'who-to-call', 'privacy', 'x/y'])
    if (all.includes(':guid')) return crypto.randomUUID()
    if (all.includes(':int')) return String(pick([1, 2, 0, 404, 2147483647]))
    if (name === 'step') return pick(['immediate-danger', 'who', 'x'])
    return encodeLoose(pick(['x', 'safeguarding-basics', payload()]))
  })
  if (endpoint.handler && !endpoint.template.includes('{handler')) path += `?handler=${endpoint.handler}`
  return path
}

async function one () {
  const key = keys[next++ % keys.length]
  const endpoint = endpoints.find(e => e.key === key)
  let session
  let url
  let req
  if (endpoint.kind === 'api') {
    session = pick(anon)
    url = endpoint.template
    if (endpoint.template.startsWith('/webhooks/sendgrid')) req = signed(apiRequest(sendGridEvents))
    else if (endpoint.template.startsWith('/webhooks')) { req = apiRequest(() => mutate({ id: crypto.randomUUID(), name: payload() })); req.headers['X-Portal-Webhook-Secret'] = pick(xss)(marker()); req.headers['umb-webhook-event'] = pick(['Umbraco.ContentPublish', 'Umbraco.ContentDelete', 'x']) } else req = apiRequest(jsonConcern)
  } else if (endpoint.kind === 'get-only') {
    session = pick(everyone)
    if (!session.token) await get(session, '/')
    url = syntheticUrl({ template: pick(getOnly), handler: '' })
    req = formRequest({ fields: [{ name: 'q', type: 'text', value: '' }], buttons: [], action: url }, session, everyone)
    req.note += ', page without a POST handler'
    const r = await request(session, 'POST', url, { body: req.body, headers: req.headers, note: req.note })
    stats.requests++
    count(endpoint.key, r.status)
    stats.byMode[req.kind] = (stats.byMode[req.kind] ?? 0) + 1
    return true
  } else if (endpoint.template.startsWith('/report/') && chance(0.85)) {
    session = pick(journeys)
    const j = await journeyRequest(session)
    if (!j) return false
    const reached = endpointOf(j.form.action)
    url = j.form.action
    req = j
  } else {
    const found = targets.get(key)
    if (found && chance(0.9)) {
      const t = pick(found)
      session = chance(0.1) ? pick(everyone) : t.session
      if (session.account && !session.token) await get(session, t.form.page)
      if (chance(0.5)) { // a fresh token, and the page's current form (ids change as the fuzz creates and deletes things)
        const page = await get(session, t.form.page)
        if (session.account && /\/account\/sign-in/.test(page.url)) { await demoSignIn(session); await get(session, t.form.page) }
      }
      url = t.form.action
      req = formRequest(t.form, session, everyone)
    } else {
      session = pick(everyone)
      if (!session.token) await get(session, '/')
      url = syntheticUrl(endpoint)
      req = formRequest({ fields: [{ name: 'id', type: 'hidden', value: crypto.randomUUID() }, { name: 'name', type: 'text', value: '' }, { name: 'email', type: 'email', value: '' }], buttons: [], action: url }, session, everyone)
      req.note += ', synthetic'
    }
  }
  const reached = endpointOf(url)
  const r = await request(session, 'POST', url, { body: req.body, headers: req.headers, note: req.note })
  stats.requests++
  count(reached?.key ?? `unmatched ${new URL(url, base).pathname}`, r.status)
  stats.byMode[req.kind ?? 'valid answer'] = (stats.byMode[req.kind ?? 'valid answer'] ?? 0) + 1
  // A redirect after a post is followed, as a browser would, so what the post stored is seen rendered.
  if (r.status >= 300 && r.status < 400 && r.location && chance(0.3)) await get(session, new URL(r.location, new URL(url, base)).href)
  if (session.account && r.location && /\/account\/sign-in/.test(r.location)) await demoSignIn(session)
  return true
}

const started = Date.now()
let issued = 0
async function worker () {
  while (issued < total) {
    issued++
    try { if (!await one()) issued-- } catch (error) {
      // The portal may answer 413 or 400 and close the connection before an oversized body is all sent, and Kestrel
      // refuses a path with an encoded NUL before reading the body: not failures.
      const oversized = /oversized|repeated/.test(error.fuzzNote ?? '') || (/%00/.test(error.fuzzWhere ?? '') && /EPIPE|ECONNRESET|other side closed/.test(String(error.cause ?? error)))
      if (oversized) stats.closedOnOversized++; else { stats.networkErrors++; stats.errors.push(`${error.fuzzWhere ?? ''} ${error.fuzzNote ?? ''}: ${String(error?.cause ?? error).slice(0, 200)}`) }
    }
    if (stats.networkErrors > 200) throw new Error(`Too many network errors: ${stats.errors.slice(-3).join('; ')}`)
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
// Every staff page once more, as each role: payloads stored by the fuzz must be shown escaped.
for (const s of signedIn) { await demoSignIn(s); crawled += await crawl(s, 60) }

const result = {
  attempted: issued,
  requests: stats.requests,
  gets: stats.gets,
  crawledPages: crawled,
  seconds: Math.round((Date.now() - started) / 1000),
  endpointsInCode: endpoints.length,
  endpointsWithForms: targets.size,
  roles: signedIn.map(s => s.name),
  failures5xx: stats.failures5xx.length,
  echoes: stats.echoes.length,
  networkErrors: stats.networkErrors,
  closedOnOversized: stats.closedOnOversized,
  sampleNetworkErrors: stats.errors.slice(0, 20),
  byEndpoint: Object.fromEntries(keys.map(k => [k, stats.byEndpoint[k] ?? { total: 0, statuses: {} }]).concat(Object.entries(stats.byEndpoint).filter(([k]) => !keys.includes(k)))),
  byKind: stats.byMode,
  sample5xx: stats.failures5xx.slice(0, 30),
  sampleEchoes: stats.echoes.slice(0, 30),
}
if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2))
const width = Math.max(...Object.keys(result.byEndpoint).map(k => k.length))
console.log(`${'endpoint'.padEnd(width)}  requests  statuses`)
for (const [k, row] of Object.entries(result.byEndpoint)) console.log(`${k.padEnd(width)}  ${String(row.total).padStart(8)}  ${Object.entries(row.statuses).sort().map(([s, n]) => `${s}:${n}`).join(' ')}`)
console.log(`attempted=${result.attempted} answered=${result.requests} gets=${result.gets} crawled=${result.crawledPages} seconds=${result.seconds} endpoints=${result.endpointsInCode} withForms=${result.endpointsWithForms} roles=${signedIn.length} 5xx=${result.failures5xx} echoes=${result.echoes} networkErrors=${result.networkErrors} closedOnOversized=${result.closedOnOversized}`)
for (const e of result.sampleNetworkErrors.slice(0, 10)) console.log(`network error: ${e}`)
for (const f of result.sample5xx.slice(0, 10)) console.log(`5xx: ${f.status} ${f.method} ${f.url} as ${f.session} (${f.note})`)
for (const e of result.sampleEchoes.slice(0, 10)) console.log(`echo: ${e.where}: ${e.match}`)
