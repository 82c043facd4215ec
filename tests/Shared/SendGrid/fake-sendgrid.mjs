// A SendGrid-compatible Mail Send server on loopback, for tests (dependencies.md, SendGrid row). Started by
// FakeSendGrid.cs; usable by hand too:
//
//   FAKE_SENDGRID_CONFIG='{"schemaPath":"../shared/contracts/sendgrid/mail-send-request.schema.json"}' \
//   node tests/Shared/SendGrid/fake-sendgrid.mjs
//
// Config: schemaPath (required: the contract's JSON Schema, never a copy of it), port (0 = any free one),
// exitWithStdin (exit when stdin closes, i.e. when the process that started this one has gone).
// Once listening it prints one JSON line to stdout: {"port":PORT}. Problems go to stderr.
//
// POST /v3/mail/send  needs "Authorization: Bearer …" (401 without). The body is validated with ajv against the
//                     schema, plus the rules the schema cannot say (content present, text/plain before text/html,
//                     each once): 202 when valid, 400 with SendGrid's error shape when not. Accepted bodies are kept.
// Control (for the test that runs this):
//   POST /control/script   {"answers":[{"status":429,"resetSeconds":1},{"status":503}]}: the next requests get these
//                          answers instead, in order (429 carries X-RateLimit-Reset, epoch seconds, now + resetSeconds)
//   POST /control/delay    {"ms":2000}: wait this long before answering each mail send (a slow SendGrid)
//   POST /control/faults   {"rate":0.5,"statuses":[429,503],"resetSeconds":0}: after any scripted answers, fail this
//                          share of mail sends at random with one of these statuses (an unreliable SendGrid, for soaks)
//   POST /control/hold     {"until":4}: hold each mail send until this many are in flight at once, then answer them
//                          all (or after 5 s): shows whether a sender sends in parallel
//   GET  /control/accepted the accepted bodies, oldest first
//   GET  /control/requests every mail send as {at (ms since epoch), status, apiKey, notificationId, concurrent (how
//                          many were in flight when it arrived)}
import { readFileSync } from 'node:fs';
import http from 'node:http';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const config = JSON.parse(process.env.FAKE_SENDGRID_CONFIG ?? '{}');
if (!config.schemaPath) throw new Error('fake SendGrid config lacks schemaPath');

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(config.schemaPath, 'utf8')));

const scripted = [];
const accepted = [];
const requests = [];
let delayMs = 0;
let faults = null;
let hold = null;
let inFlight = 0;

// Rules of the Mail Send errors page that the schema does not express.
function contentErrors(body) {
  const types = (body.content ?? []).map((c) => c.type);
  if (types.length === 0 && !body.template_id) return [{ message: 'content or template_id is required', field: 'content' }];
  if (new Set(types).size !== types.length) return [{ message: 'each content type may be given once', field: 'content' }];
  if (types.includes('text/html') && types.indexOf('text/plain') > types.indexOf('text/html')) {
    return [{ message: 'text/plain must come before text/html', field: 'content' }];
  }
  if (!body.subject && !(body.personalizations ?? []).every((p) => p.subject)) return [{ message: 'subject is required', field: 'subject' }];
  return [];
}

function answer(response, status, body, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function failure(status, resetSeconds) {
  const headers = status === 429 ? { 'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + (resetSeconds ?? 1)) } : {};
  return [status, { errors: [{ message: `scripted ${status}`, field: null, help: null }] }, headers];
}

// Resolves when `hold.until` sends are waiting together, or after 5 s so a sequential sender is slowed, not stuck.
function heldUntilEnoughInFlight() {
  if (!hold) return Promise.resolve();
  return new Promise((resolve) => {
    hold.waiting.push(resolve);
    if (hold.waiting.length >= hold.until) hold.waiting.splice(0).forEach((release) => release());
    else setTimeout(resolve, 5000);
  });
}

async function mailSend(request, response) {
  const concurrent = ++inFlight;
  try {
    return await judgeMailSend(request, response, concurrent);
  } finally {
    inFlight--;
  }
}

async function judgeMailSend(request, response, concurrent) {
  let body;
  try {
    body = await readJson(request);
  } catch {
    body = null;
  }
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  await heldUntilEnoughInFlight();
  const apiKey = (request.headers.authorization ?? '').replace(/^Bearer /, '') || null;
  const record = (status) => requests.push({ at: Date.now(), status, apiKey, notificationId: body?.custom_args?.notification_id ?? null, concurrent });

  const next = scripted.shift()
    ?? (faults && Math.random() < faults.rate ? { status: faults.statuses[Math.floor(Math.random() * faults.statuses.length)], resetSeconds: faults.resetSeconds } : null);
  if (next) {
    record(next.status);
    return answer(response, ...failure(next.status, next.resetSeconds));
  }
  if (!/^Bearer \S+$/.test(request.headers.authorization ?? '')) {
    record(401);
    return answer(response, 401, { errors: [{ message: 'authorization required', field: null, help: null }] });
  }
  const errors = body === null
    ? [{ message: 'body is not JSON', field: null }]
    : validate(body)
      ? contentErrors(body)
      : validate.errors.map((e) => ({ message: `${e.instancePath || '/'} ${e.message}`, field: e.instancePath || null }));
  if (errors.length > 0) {
    record(400);
    console.error(`fake SendGrid: rejected a body: ${JSON.stringify(errors)}`);
    return answer(response, 400, { errors: errors.map((e) => ({ help: null, ...e })) });
  }
  record(202);
  accepted.push(body);
  return answer(response, 202);
}

const server = http.createServer(async (request, response) => {
  try {
    const route = `${request.method} ${new URL(request.url, 'http://x').pathname}`;
    switch (route) {
      case 'POST /v3/mail/send': return await mailSend(request, response);
      case 'POST /control/script': scripted.push(...(await readJson(request)).answers); return answer(response, 204);
      case 'POST /control/delay': delayMs = (await readJson(request)).ms; return answer(response, 204);
      case 'POST /control/faults': faults = await readJson(request); return answer(response, 204);
      case 'POST /control/hold': hold = { until: (await readJson(request)).until, waiting: [] }; return answer(response, 204);
      case 'GET /control/accepted': return answer(response, 200, accepted);
      case 'GET /control/requests': return answer(response, 200, requests);
      default: return answer(response, 404, { errors: [{ message: 'not found', field: null, help: null }] });
    }
  } catch (error) {
    console.error(`fake SendGrid: ${error.stack}`);
    return answer(response, 500, { errors: [{ message: 'fake server error', field: null, help: null }] });
  }
});
server.on('error', (error) => {
  console.error(`fake SendGrid: ${error.message}`);
  process.exit(1);
});
await new Promise((resolve) => server.listen(config.port ?? 0, '127.0.0.1', resolve));

if (config.exitWithStdin) {
  process.stdin.on('end', () => process.exit(0)).resume();
}

process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
