// Page weight of each public page type, for bench/lighthouse.sh: what a first visit transfers (bytes on the wire,
// headers included, compressed as the server serves it) for the HTML and everything the page then loads (CSS,
// JavaScript, images, fonts). Each page is loaded in headless Chromium with the cache disabled, so nothing counts
// as already downloaded; pages behind a form (a pledge's own page, the report's check-answers and confirmation)
// are reached by filling in the form first, then loaded again with a GET, cold, for the measurement.
//
//   node bench/lighthouse-weights.mjs --url http://127.0.0.1:5096 --puppeteer <path to puppeteer-core> \
//     --certificate <champion certificate code>
// Prints one JSON array: [{ page, path, status, bytes, requests, byType: { Document: n, Stylesheet: n, … } }].
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import path from 'node:path'

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    puppeteer: { type: 'string' },
    certificate: { type: 'string' },
    chrome: { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' }
  }
})
const base = args.url.replace(/\/$/, '')
const { default: puppeteer } = await import(pathToFileURL(path.join(args.puppeteer, 'lib/esm/puppeteer/puppeteer-core.js')).href)

// Lighthouse's default (mobile) form factor, so the weights match the pages Lighthouse scores.
const viewport = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }
const browser = await puppeteer.launch({ executablePath: args.chrome, args: ['--headless=new', '--no-sandbox'] })

/** A fresh context (no cookies, no cache) and a page in it, with the CDP session that counts the bytes. */
async function open () {
  const context = await browser.createBrowserContext()
  const page = await context.newPage()
  await page.setViewport(viewport)
  const cdp = await page.createCDPSession()
  await cdp.send('Network.enable')
  return { context, page, cdp }
}

/** Loads path cold (cache disabled) and counts every response's encoded bytes, redirects included. */
async function measure ({ page, cdp }, name, pathname) {
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const types = new Map()
  const sizes = new Map()
  let requests = 0
  const onSent = e => {
    types.set(e.requestId, e.type ?? 'Other')
    if (e.redirectResponse) { sizes.set(e.requestId + ':r' + requests, { type: e.type, bytes: e.redirectResponse.encodedDataLength ?? 0 }) }
  }
  const onFinished = e => { requests++; sizes.set(e.requestId, { type: types.get(e.requestId) ?? 'Other', bytes: e.encodedDataLength }) }
  cdp.on('Network.requestWillBeSent', onSent)
  cdp.on('Network.loadingFinished', onFinished)
  const response = await page.goto(base + pathname, { waitUntil: 'networkidle0' })
  cdp.off('Network.requestWillBeSent', onSent)
  cdp.off('Network.loadingFinished', onFinished)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
  const byType = {}
  let bytes = 0
  for (const { type, bytes: n } of sizes.values()) {
    byType[type] = (byType[type] ?? 0) + n
    bytes += n
  }
  return { page: name, path: pathname, status: response.status(), bytes, requests, byType }
}

async function submit (page) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click("main form:not([action$='keep-alive']) button[type=submit]")])
}

const results = []
async function coldPage (name, pathname) {
  const session = await open()
  results.push(await measure(session, name, pathname))
  await session.context.close()
}

await coldPage('home', '/')
await coldPage('guidance (signs of abuse)', '/signs-of-abuse/adults')
await coldPage('guidance in Bengali', '/bn/signs-of-abuse/adults')
await coldPage('who to call', '/who-to-call')
await coldPage('poster list', '/posters')
await coldPage('poster', '/posters/1')
await coldPage('report start', '/report')
await coldPage('report session ended', '/report/session-ended')
await coldPage('pledge', '/pledge')
await coldPage('pledge wall', '/pledge/wall')
await coldPage('champion check', `/champions/verify/${args.certificate}`)
await coldPage('certificate check', `/verify/${args.certificate}`)
await coldPage('sign in', '/account/sign-in')
await coldPage('not found (404)', '/no-such-page')

// A pledge's own page: made through the form, then loaded cold.
{
  const session = await open()
  await session.page.goto(base + '/pledge', { waitUntil: 'load' })
  await session.page.type('#action', 'I will save the number in my phone')
  await submit(session.page)
  const yours = await measure(session, 'your pledge', new URL(session.page.url()).pathname)
  results.push({ ...yours, path: yours.path.replace(/\/yours\/[^/]+/, '/yours/{token}') })
  await session.context.close()
}

// The report: its first question, then the whole journey (a neighbour's neglected child, as in the browser tests)
// to check-answers and, once sent, the confirmation.
{
  const session = await open()
  const { page } = session
  results.push(await measure(session, 'report step (first question)', '/report/immediate-danger'))
  const choose = async (value, name = 'answer') => { await page.click(`input[name='${name}'][value='${value}']`); await submit(page) }
  const fill = async (selector, text) => { await page.type(selector, text); await submit(page) }
  for (const answer of ['no', 'yes', 'someoneElse', 'public']) await choose(answer)
  await choose('years', 'ageKind')
  await fill('#ageYears', '7')
  await choose('postcode', 'homeStatus')
  await fill('#postcode', 'EC2V 7HH')
  await choose('atHome')
  await page.click("input[name='categories'][value='neglect']")
  await submit(page)
  for (let i = 0; i < 5; i++) await choose('no')
  await fill('#description', 'The little boy next door is left alone every evening and looks hungry.')
  await choose('no')
  if (!page.url().endsWith('/report/check-answers')) throw new Error(`The journey ended at ${page.url()}, not check-answers`)
  results.push(await measure(session, 'report check answers', '/report/check-answers'))
  await submit(page)
  if (!page.url().endsWith('/report/confirmation')) throw new Error(`Sending the report ended at ${page.url()}, not the confirmation`)
  results.push(await measure(session, 'report confirmation', '/report/confirmation'))
  await session.context.close()
}

await browser.close()
console.log(JSON.stringify(results))
