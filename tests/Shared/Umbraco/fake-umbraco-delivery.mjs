// An Umbraco Content Delivery API v2 on loopback, for tests (dependencies.md, Umbraco row). Started by
// FakeUmbracoDelivery.cs through LoopbackNodeServer.cs.
//
// Config (FAKE_UMBRACO_DELIVERY_CONFIG): contractPath (the Delivery API's OpenAPI document in ../shared/contracts,
// never a copy), apiKey, startItem, exitWithStdin. Prints {"port":N} once listening.
//
// GET /umbraco/delivery/api/v2/content?fetch=descendants:<startItem>&skip=&take=   {total, items} below the start item
// GET /umbraco/delivery/api/v2/content/item/<id or path>                          one item (the path "/" is the start item)
// Both need the Api-Key header (401 without) and answer in the culture of Accept-Language (404 when the item has
// no variant in it); with "Preview: true" an item's saved draft is served in place of its published version. Every answer is validated against the OpenAPI document's response schema before it is sent:
// an invalid one is answered 500 and listed at GET /control/invalid, so a test fails rather than pass on bad data.
// Control:
//   PUT  /control/items   {"en-GB":[item…], "bn":[item…]}   replaces everything published
//   PUT  /control/item    {"culture":"en-GB","item":{…}}      publishes one item (replacing the one with its id)
//   PUT  /control/draft   {"culture":"en-GB","item":{…}}      saves a draft of one item, seen only with Preview: true
//   PUT  /control/media   {"path":"/media/x/art.png","base64":"…","contentType":"image/png"}   a media file the site serves
//   POST /control/down    {"down":true|false}                  every API request answers 503 while down
//   GET  /control/requests  every API request: {method, path, apiKey, culture, startItem, status}
//   GET  /control/invalid   answers that failed validation
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pkg from 'openapi-response-validator';

const OpenAPIResponseValidator = pkg.default ?? pkg;
const config = JSON.parse(process.env.FAKE_UMBRACO_DELIVERY_CONFIG ?? '{}');
if (!config.contractPath) throw new Error('fake Umbraco config lacks contractPath');
const contract = JSON.parse(readFileSync(config.contractPath, 'utf8'));
const prefix = '/umbraco/delivery/api/v2';
const validators = Object.fromEntries(
  ['/content', '/content/item/{id}'].map((path) => [path,
    new OpenAPIResponseValidator({ responses: contract.paths[prefix + path].get.responses, components: contract.components })]));

let published = {};
const drafts = {};
const media = {};
let down = false;
const requests = [];
const invalid = [];

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

// Validates an API answer against the contract, then sends it (or a 500 naming what was wrong).
function answer(response, operation, status, body) {
  const errors = validators[operation].validateResponse(status, body);
  if (errors) {
    invalid.push({ operation, status, errors });
    process.stderr.write(`invalid ${operation} ${status}: ${JSON.stringify(errors)}\n`);
    return send(response, 500, { title: 'The fake Umbraco produced an answer outside the contract', errors });
  }
  return send(response, status, body);
}

function problem(status, title) {
  return { type: 'Error', title, status, detail: null, instance: null };
}

function api(request, response, url) {
  const culture = request.headers['accept-language'] ?? Object.keys(published)[0];
  const record = { method: request.method, path: url.pathname + url.search, apiKey: request.headers['api-key'] ?? null, culture, startItem: request.headers['start-item'] ?? null, preview: request.headers.preview === 'true' };
  requests.push(record);
  const reply = (operation, status, body) => { record.status = status; return answer(response, operation, status, body); };
  if (down) { record.status = 503; return send(response, 503, problem(503, 'Service Unavailable')); }
  if (record.apiKey !== config.apiKey) { record.status = 401; return send(response, 401, problem(401, 'Unauthorized')); }
  const preview = request.headers.preview === 'true';
  const items = [...(preview ? drafts[culture] ?? [] : []), ...(published[culture] ?? [])];
  if (url.pathname === `${prefix}/content`) {
    if (url.searchParams.get('fetch') !== `descendants:${config.startItem}`) return reply('/content', 400, problem(400, 'Unsupported fetch'));
    const below = items.filter((i) => i.route.path !== '/');
    const skip = Number(url.searchParams.get('skip') ?? 0);
    const take = Number(url.searchParams.get('take') ?? 10);
    return reply('/content', 200, { total: below.length, items: below.slice(skip, skip + take) });
  }
  if (url.pathname.startsWith(`${prefix}/content/item/`)) {
    const key = decodeURIComponent(url.pathname.slice(`${prefix}/content/item/`.length));
    const path = `/${key.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
    const item = items.find((i) => i.id === key) ?? items.find((i) => i.route.path === path);
    return item ? reply('/content/item/{id}', 200, item) : reply('/content/item/{id}', 404, problem(404, 'Not Found'));
  }
  record.status = 404;
  return send(response, 404, problem(404, 'Not Found'));
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  try {
    if (url.pathname.startsWith(prefix) && request.method === 'GET') return api(request, response, url);
    if (url.pathname.startsWith('/media/') && request.method === 'GET') {
      const file = media[url.pathname];
      if (!file) return send(response, 404, problem(404, 'Not Found'));
      response.writeHead(200, { 'content-type': file.contentType });
      return response.end(Buffer.from(file.base64, 'base64'));
    }
    if (url.pathname === '/control/media' && request.method === 'PUT') {
      const file = await readJson(request);
      media[file.path] = file;
      return send(response, 204);
    }
    if (url.pathname === '/control/items' && request.method === 'PUT') { published = await readJson(request); return send(response, 204); }
    if (url.pathname === '/control/item' && request.method === 'PUT') {
      const { culture, item } = await readJson(request);
      published[culture] = [...(published[culture] ?? []).filter((i) => i.id !== item.id), item];
      return send(response, 204);
    }
    if (url.pathname === '/control/draft' && request.method === 'PUT') {
      const { culture, item } = await readJson(request);
      drafts[culture] = [...(drafts[culture] ?? []).filter((i) => i.id !== item.id), item];
      return send(response, 204);
    }
    if (url.pathname === '/control/down' && request.method === 'POST') { down = (await readJson(request)).down; return send(response, 204); }
    if (url.pathname === '/control/requests') return send(response, 200, requests);
    if (url.pathname === '/control/invalid') return send(response, 200, invalid);
    return send(response, 404, problem(404, 'Not Found'));
  } catch (error) {
    process.stderr.write(`${error.stack}\n`);
    return send(response, 500, { title: String(error) });
  }
});

await new Promise((resolve) => server.listen(config.port ?? 0, '127.0.0.1', resolve));
if (config.exitWithStdin) {
  process.stdin.on('end', () => process.exit(0)).resume();
}
process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
