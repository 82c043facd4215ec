// Serves the tests' loopback OpenID provider (tests/Shared/Oidc/provider.mjs) over HTTPS, so the dashboard benchmark
// can sign in to a portal running in Production, which fetches Entra ID discovery over https only (plain http is
// allowed for a loopback provider in Development and Testing alone). The provider is used unchanged: this module
// hook swaps its http server for an https one with the certificate in OIDC_TLS_KEY and OIDC_TLS_CERT (PEM files),
// and its issuer's scheme to match, as it loads. Either text missing means provider.mjs changed: the run stops.
//
//   OIDC_TLS_KEY=key.pem OIDC_TLS_CERT=cert.pem node --import ./bench/oidc-https.mjs tests/Shared/Oidc/provider.mjs config.json
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// --import runs this on the main thread, which registers it as the hooks module; the hooks run on their own thread.
if (isMainThread) register(import.meta.url);

const edits = [
  ["import http from 'node:http';",
    "import https from 'node:https';\n"
    + 'const http = { createServer: () => https.createServer({ key: readFileSync(process.env.OIDC_TLS_KEY), cert: readFileSync(process.env.OIDC_TLS_CERT) }) };'],
  ['const issuer = `http://127.0.0.1:', 'const issuer = `https://127.0.0.1:'],
];

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.endsWith('/tests/Shared/Oidc/provider.mjs')) return loaded;
  let source = String(loaded.source);
  for (const [from, to] of edits) {
    if (!source.includes(from)) throw new Error(`oidc-https: provider.mjs no longer contains ${JSON.stringify(from)}`);
    source = source.replace(from, to);
  }
  return { ...loaded, source };
}
