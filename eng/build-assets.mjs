// Copies the portal's front-end files into src/SafeguardingPortal/wwwroot/assets/
// (git-ignored). Run through `npm run build`, which also compiles the Sass:
//
//   node eng/build-assets.mjs clean   empty the assets folder
//   node eng/build-assets.mjs copy    copy scripts and images, then check the CSS
//
// Copied: GOV.UK Frontend's ES module bundle, our init.mjs, report-timeout.mjs and favicon, and only
// those GOV.UK Frontend images that the compiled portal.css refers to. Never
// copied: the GDS Transport fonts (GOV.UK only) and any Crown/GOV.UK imagery.
// Plain Node (no shell commands), so it runs the same on Windows, macOS and Linux.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const app = join(root, 'src', 'SafeguardingPortal')
const styles = join(app, 'Styles')
const out = join(app, 'wwwroot', 'assets')
const govuk = join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk')

// GOV.UK Frontend images that must never be served by this non-Crown service.
const forbiddenImage = /crest|crown|govuk-icon|govuk-opengraph|favicon|manifest/i

function fail (message) {
  console.error(`build-assets: ${message}`)
  process.exit(1)
}

function copy (from, to) {
  if (!existsSync(from)) fail(`missing ${from} (run npm ci first)`)
  mkdirSync(dirname(to), { recursive: true })
  cpSync(from, to)
  console.log(`build-assets: ${to.slice(root.length + 1)}`)
}

function clean () {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
}

function copyAssets () {
  const css = join(out, 'portal.css')
  if (!existsSync(css)) fail('portal.css has not been compiled (run npm run build)')
  const cssText = readFileSync(css, 'utf8')

  // Guard the brand rules: no GOV.UK typeface, no web fonts at all.
  if (/GDS Transport|@font-face/i.test(cssText)) fail('portal.css declares GDS Transport or a @font-face')

  // Scripts.
  copy(join(govuk, 'govuk-frontend.min.js'), join(out, 'govuk-frontend.min.js'))
  copy(join(govuk, 'govuk-frontend.min.js.map'), join(out, 'govuk-frontend.min.js.map'))
  copy(join(styles, 'init.mjs'), join(out, 'init.mjs'))
  copy(join(styles, 'report-timeout.mjs'), join(out, 'report-timeout.mjs'))

  // Our own images (favicon).
  const ownImages = join(styles, 'images')
  for (const name of readdirSync(ownImages)) {
    copy(join(ownImages, name), join(out, 'images', name))
  }

  // GOV.UK Frontend images referenced by the CSS, for example url("/assets/images/x.svg").
  const referenced = new Set()
  for (const [, path] of cssText.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    if (path.startsWith('data:')) continue
    const match = /^\/assets\/images\/([\w.-]+)$/.exec(path)
    if (!match) fail(`portal.css refers to ${path}, which the build does not provide`)
    referenced.add(match[1])
  }
  for (const name of referenced) {
    if (forbiddenImage.test(name)) fail(`portal.css refers to GOV.UK/Crown image ${name}`)
    if (existsSync(join(ownImages, name))) continue
    copy(join(govuk, 'assets', 'images', name), join(out, 'images', name))
  }

  // Belt and braces: nothing in assets may be a font file.
  const stack = [out]
  while (stack.length) {
    const dir = stack.pop()
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) stack.push(path)
      else if (/\.(woff2?|ttf|otf|eot)$/i.test(entry.name)) fail(`font file in assets: ${path}`)
    }
  }
}

const command = process.argv[2]
if (command === 'clean') clean()
else if (command === 'copy') copyAssets()
else fail('usage: node eng/build-assets.mjs clean|copy')
