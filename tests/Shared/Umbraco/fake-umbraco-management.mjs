// An Umbraco 17 Management API on loopback, for tests of `content push` (issue 8). Started by
// FakeUmbracoManagement.cs; usable by hand too:
//
//   FAKE_UMBRACO_CONFIG='{"contractPath":"../shared/contracts/umbraco/management-api-v1.openapi.json",
//     "clientId":"umbraco-back-office-portal","clientSecret":"s3cret"}' node tests/Shared/Umbraco/fake-umbraco-management.mjs
//
// Config: contractPath (required: Umbraco's OpenAPI document, never a copy of it), clientId and clientSecret (the API
// user's client credentials), port (0 = any free one), exitWithStdin (exit when the process that started this goes).
// Once listening it prints one JSON line to stdout: {"port":PORT}. Problems go to stderr.
//
// POST /umbraco/management/api/v1/security/back-office/token is checked as Umbraco's docs describe the client
// credentials flow: a form body with grant_type=client_credentials, client_id and client_secret; it answers
// {access_token, token_type: "Bearer", expires_in}. Every other request must carry that token and match an operation
// of the contract: its path, method, parameters and JSON body are validated with openapi-request-validator; a request
// outside the contract is answered 404, an invalid one 400 (ProblemDetails), both recorded as invalid. The languages,
// data types, document types and documents the implemented operations touch are kept in memory and checked as
// Umbraco checks them (references exist, aliases unique, values of known properties and cultures, allowed parents).
// Control (for the test that runs this):
//   POST /control/fail      {"status":503,"count":1}: the next API requests (not token ones) get this answer instead
//   GET /control/requests   every request as {method, path, query, valid, status, error}
//   GET /control/state      {languages, dataTypes, documentTypes, documents}
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import pkg from 'openapi-request-validator';

const Validator = pkg.default ?? pkg;
const config = JSON.parse(process.env.FAKE_UMBRACO_CONFIG ?? '{}');
if (!config.contractPath || !config.clientId || !config.clientSecret) {
  throw new Error('fake Umbraco config needs contractPath, clientId and clientSecret');
}

const contract = JSON.parse(readFileSync(config.contractPath, 'utf8'));
allowNullWithoutType(contract);
const tokenPath = '/umbraco/management/api/v1/security/back-office/token';
const tokens = new Set();
const requests = [];
const failures = [];

// The contract's operations as [method, regex, template], path parameters captured by name.
const operations = Object.entries(contract.paths).flatMap(([template, item]) =>
  Object.keys(item).filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m)).map((method) => ({
    method: method.toUpperCase(),
    template,
    regex: new RegExp(`^${template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
    definition: item[method],
  })));
const validators = new Map();

// OpenAPI 3.0 lets `nullable` stand beside `oneOf` without a `type`; ajv refuses that, so it is said the JSON
// Schema way instead (null, or what the rest of the schema allows), which means the same.
function allowNullWithoutType(node) {
  if (Array.isArray(node)) {
    node.forEach(allowNullWithoutType);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  Object.values(node).forEach(allowNullWithoutType);
  if (node.nullable === true && node.type === undefined) {
    delete node.nullable;
    const rest = { ...node };
    for (const key of Object.keys(node)) delete node[key];
    node.anyOf = [rest, { type: 'null' }];
  }
}

function validatorFor(operation) {
  if (!validators.has(operation)) {
    const { parameters = [], requestBody } = operation.definition;
    validators.set(operation, new Validator({
      parameters,
      requestBody,
      componentSchemas: contract.components.schemas,
      additionalQueryProperties: false,
    }));
  }
  return validators.get(operation);
}

// A URL carries text: parameters are read as their schema's type first, as ASP.NET Core's binding does, and
// text that is not one stays text, so the validator refuses it.
function typedParameters(operation, where, values) {
  const typed = { ...values };
  for (const parameter of operation.definition.parameters ?? []) {
    const text = values[parameter.name];
    if (parameter.in !== where || text === undefined) continue;
    const type = parameter.schema?.type;
    if ((type === 'integer' && /^-?\d+$/.test(text)) || (type === 'number' && text !== '' && !Number.isNaN(Number(text)))) typed[parameter.name] = Number(text);
    if (type === 'boolean' && (text === 'true' || text === 'false')) typed[parameter.name] = text === 'true';
  }
  return typed;
}

// What a fresh Umbraco holds: the default language and the built-in data types the portal's types use.
const languages = [{ name: 'English (United Kingdom)', isoCode: 'en-GB', isDefault: true, isMandatory: false, fallbackIsoCode: null }];
const builtInDataTypes = [
  ['0cc0eba1-9960-42c9-bf9b-60e150b429ae', 'Textstring', 'Umbraco.TextBox', 'Umb.PropertyEditorUi.TextBox'],
  ['c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3', 'Textarea', 'Umbraco.TextArea', 'Umb.PropertyEditorUi.TextArea'],
  ['2e6d3631-066e-44b8-aec4-96f09099b2b5', 'Numeric', 'Umbraco.Integer', 'Umb.PropertyEditorUi.Integer'],
  ['92897bc6-a5f3-4ffe-ae27-f2e7e33dda49', 'True/false', 'Umbraco.TrueFalse', 'Umb.PropertyEditorUi.Toggle'],
  ['5046194e-4237-453c-a547-15db3a07c4e1', 'Date Picker', 'Umbraco.DateTime', 'Umb.PropertyEditorUi.DatePicker'],
  ['ca90c950-0aff-4e72-b976-a30b1ac57dad', 'Richtext editor', 'Umbraco.RichText', 'Umb.PropertyEditorUi.Tiptap'],
  ['ad9f0cf2-bda2-45d5-9ea1-a63cfc873fd3', 'Image Media Picker', 'Umbraco.MediaPicker3', 'Umb.PropertyEditorUi.MediaPicker'],
];
const dataTypes = new Map(builtInDataTypes.map(([id, name, editorAlias, editorUiAlias]) =>
  [id, { id, name, editorAlias, editorUiAlias, values: [], isDeletable: false, canIgnoreStartNodes: false }]));
const documentTypes = new Map();
const documents = new Map();

class Refusal extends Error {
  constructor(status, title) {
    super(title);
    this.status = status;
  }
}

const refuse = (status, title) => { throw new Refusal(status, title); };
const now = () => new Date().toISOString();

function answer(response, status, body, headers = {}) {
  response.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

async function readText(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function token(text, headers) {
  if (!(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return [400, { error: 'invalid_request', error_description: 'the token request is a form post' }];
  }
  const form = new URLSearchParams(text);
  if (form.get('grant_type') !== 'client_credentials') return [400, { error: 'unsupported_grant_type' }];
  if (!(form.get('client_id') ?? '').startsWith('umbraco-back-office-')) return [400, { error: 'invalid_client' }];
  if (form.get('client_id') !== config.clientId || form.get('client_secret') !== config.clientSecret) {
    return [401, { error: 'invalid_client', error_description: 'the client credentials are not known' }];
  }
  const accessToken = randomUUID().replaceAll('-', '');
  tokens.add(accessToken);
  return [200, { access_token: accessToken, token_type: 'Bearer', expires_in: 299 }];
}

const paged = (items, query) => {
  const skip = Number(query.skip ?? 0);
  const take = Number(query.take ?? 100);
  return { total: items.length, items: items.slice(skip, skip + take) };
};

function dataTypeItem(d) {
  return { id: d.id, flags: [], name: d.name, editorAlias: d.editorAlias, editorUiAlias: d.editorUiAlias, isDeletable: d.isDeletable };
}

function checkDataType(body) {
  if (body.editorAlias === 'Umbraco.BlockList') {
    const blocks = body.values.find((v) => v.alias === 'blocks')?.value ?? [];
    for (const block of blocks) {
      const element = documentTypes.get(block.contentElementTypeKey);
      if (!element?.isElement) refuse(400, `block ${block.contentElementTypeKey} is not an element type`);
    }
  }
}

function checkDocumentType(body, id) {
  for (const other of documentTypes.values()) {
    if (other.alias === body.alias && other.id !== id) refuse(400, `the alias ${body.alias} is taken`);
  }
  const containers = new Set(body.containers.map((c) => c.id));
  for (const property of body.properties) {
    if (!dataTypes.has(property.dataType.id)) refuse(404, `data type ${property.dataType.id} not found`);
    if (property.container && !containers.has(property.container.id)) refuse(400, `container ${property.container.id} not found`);
    if (property.variesByCulture && !body.variesByCulture) refuse(400, `${property.alias} varies by culture but ${body.alias} does not`);
  }
  for (const allowed of body.allowedDocumentTypes) {
    if (!documentTypes.has(allowed.documentType.id) && allowed.documentType.id !== id) {
      refuse(404, `allowed document type ${allowed.documentType.id} not found`);
    }
  }
}

function storeDocumentType(id, body) {
  documentTypes.set(id, {
    ...body,
    id,
    description: body.description ?? null,
    collection: body.collection ?? null,
    defaultTemplate: body.defaultTemplate ?? null,
    properties: body.properties.map((p) => ({ ...p, container: p.container ?? null, description: p.description ?? null })),
    containers: body.containers.map((c) => ({ ...c, parent: c.parent ?? null, name: c.name ?? null })),
  });
  delete documentTypes.get(id).parent;
}

function checkDocument(type, body, parentId) {
  const cultures = new Set(languages.map((l) => l.isoCode));
  for (const variant of body.variants) {
    if (type.variesByCulture ? !cultures.has(variant.culture) : variant.culture != null) {
      refuse(400, `variant culture ${variant.culture} does not suit ${type.alias}`);
    }
  }
  for (const value of body.values) {
    const property = type.properties.find((p) => p.alias === value.alias);
    if (!property) refuse(400, `${type.alias} has no property ${value.alias}`);
    if (property.variesByCulture ? !cultures.has(value.culture) : value.culture != null) {
      refuse(400, `value ${value.alias} culture ${value.culture} does not suit the property`);
    }
    if (property.variesByCulture && !body.variants.some((v) => v.culture === value.culture)) {
      refuse(400, `value ${value.alias} is for culture ${value.culture}, which has no variant`);
    }
  }
  if (parentId === null) {
    if (!type.allowedAsRoot) refuse(400, `${type.alias} is not allowed at the root`);
    return;
  }
  const parent = documents.get(parentId) ?? refuse(404, `parent ${parentId} not found`);
  const parentType = documentTypes.get(parent.documentType.id);
  if (!parentType.allowedDocumentTypes.some((a) => a.documentType.id === type.id)) {
    refuse(400, `${type.alias} is not allowed under ${parentType.alias}`);
  }
}

function writeVariants(document, type, variants) {
  const at = now();
  document.variants = variants.map((v) => {
    const before = document.variants.find((old) => old.culture === (v.culture ?? null));
    const state = !before || before.state === 'Draft' ? 'Draft' : 'PublishedPendingChanges';
    return {
      culture: v.culture ?? null, segment: null, name: v.name, createDate: before?.createDate ?? at, updateDate: at,
      state, publishDate: before?.publishDate ?? null, scheduledPublishDate: null, scheduledUnpublishDate: null, id: before?.id ?? randomUUID(), flags: [],
    };
  });
  document.values = [];
  for (const v of document.pendingValues) {
    const property = type.properties.find((p) => p.alias === v.alias);
    const editorAlias = dataTypes.get(property.dataType.id).editorAlias;
    document.values.push({ culture: v.culture ?? null, segment: null, alias: v.alias, value: v.value ?? null, editorAlias });
  }
  delete document.pendingValues;
}

function publicDocument(d) {
  return { values: d.values, variants: d.variants, id: d.id, flags: [], documentType: { id: d.documentType.id, icon: d.documentType.icon, collection: null }, template: null, isTrashed: false };
}

async function handle(method, path, query, params, body) {
  const route = `${method} ${path}`;
  const id = params.id;
  let m;
  if (route === 'GET /umbraco/management/api/v1/language') return [200, paged(languages, query)];
  if (route === 'POST /umbraco/management/api/v1/language') {
    if (languages.some((l) => l.isoCode === body.isoCode)) refuse(400, `language ${body.isoCode} exists`);
    languages.push({ name: body.name, isoCode: body.isoCode, isDefault: body.isDefault, isMandatory: body.isMandatory, fallbackIsoCode: body.fallbackIsoCode ?? null });
    return [201, undefined, { Location: `/umbraco/management/api/v1/language/${body.isoCode}`, 'Umb-Generated-Resource': body.isoCode }];
  }
  if (route === 'GET /umbraco/management/api/v1/filter/data-type') {
    const found = [...dataTypes.values()].filter((d) =>
      d.name.toLowerCase().includes((query.name ?? '').toLowerCase())
      && (!query.editorAlias || d.editorAlias === query.editorAlias)
      && (!query.editorUiAlias || d.editorUiAlias === query.editorUiAlias));
    return [200, paged(found.map(dataTypeItem), query)];
  }
  if ((m = /^(GET|PUT) \/umbraco\/management\/api\/v1\/data-type\/[^/]+$/.exec(route))) {
    const existing = dataTypes.get(id) ?? refuse(404, `data type ${id} not found`);
    if (m[1] === 'GET') return [200, existing];
    checkDataType(body);
    dataTypes.set(id, { ...existing, ...body, editorUiAlias: body.editorUiAlias ?? existing.editorUiAlias });
    return [200];
  }
  if (route === 'POST /umbraco/management/api/v1/data-type') {
    const newId = body.id ?? randomUUID();
    if (dataTypes.has(newId)) refuse(400, `data type ${newId} exists`);
    checkDataType(body);
    dataTypes.set(newId, { id: newId, name: body.name, editorAlias: body.editorAlias, editorUiAlias: body.editorUiAlias ?? null, values: body.values, isDeletable: true, canIgnoreStartNodes: false });
    return [201, undefined, { Location: `/umbraco/management/api/v1/data-type/${newId}`, 'Umb-Generated-Resource': newId }];
  }
  if ((m = /^(GET|PUT) \/umbraco\/management\/api\/v1\/document-type\/[^/]+$/.exec(route))) {
    const existing = documentTypes.get(id) ?? refuse(404, `document type ${id} not found`);
    if (m[1] === 'GET') return [200, existing];
    checkDocumentType(body, id);
    storeDocumentType(id, body);
    return [200];
  }
  if (route === 'POST /umbraco/management/api/v1/document-type') {
    const newId = body.id ?? randomUUID();
    if (documentTypes.has(newId)) refuse(400, `document type ${newId} exists`);
    checkDocumentType(body, newId);
    storeDocumentType(newId, body);
    return [201, undefined, { Location: `/umbraco/management/api/v1/document-type/${newId}`, 'Umb-Generated-Resource': newId }];
  }
  if ((m = /^(GET|PUT) \/umbraco\/management\/api\/v1\/document\/[^/]+$/.exec(route))) {
    const existing = documents.get(id) ?? refuse(404, `document ${id} not found`);
    if (m[1] === 'GET') return [200, publicDocument(existing)];
    const type = documentTypes.get(existing.documentType.id);
    checkDocument(type, body, existing.parent);
    existing.pendingValues = body.values;
    writeVariants(existing, type, body.variants);
    return [200];
  }
  if (route === 'POST /umbraco/management/api/v1/document') {
    const newId = body.id ?? randomUUID();
    if (documents.has(newId)) refuse(400, `document ${newId} exists`);
    const type = documentTypes.get(body.documentType.id) ?? refuse(404, `document type ${body.documentType.id} not found`);
    const parent = body.parent?.id ?? null;
    checkDocument(type, body, parent);
    const document = { id: newId, documentType: { id: type.id, icon: type.icon }, parent, variants: [], pendingValues: body.values };
    writeVariants(document, type, body.variants);
    documents.set(newId, document);
    return [201, undefined, { Location: `/umbraco/management/api/v1/document/${newId}`, 'Umb-Generated-Resource': newId }];
  }
  if (/^PUT \/umbraco\/management\/api\/v1\/document\/[^/]+\/publish$/.test(route)) {
    const existing = documents.get(id) ?? refuse(404, `document ${id} not found`);
    for (const schedule of body.publishSchedules) {
      if (schedule.schedule) refuse(400, 'scheduled publishing is not what the portal does');
      const variant = existing.variants.find((v) => v.culture === (schedule.culture ?? null)) ?? refuse(400, `no variant ${schedule.culture}`);
      if (existing.parent && !documents.get(existing.parent).variants.some((v) => v.state !== 'Draft' && (v.culture === variant.culture || v.culture === null || variant.culture === null))) {
        refuse(400, `the parent of ${id} is not published in ${variant.culture}`);
      }
      variant.state = 'Published';
      variant.publishDate = now();
    }
    return [200];
  }
  refuse(501, `the fake does not implement ${route}`);
}

async function api(request, response, url) {
  const path = url.pathname;
  const query = Object.fromEntries(url.searchParams);
  const record = { method: request.method, path, query, valid: true, status: 0, error: null };
  requests.push(record);
  const text = await readText(request);
  const reply = (status, body, headers) => {
    record.status = status;
    return answer(response, status, body, headers);
  };
  const problem = (status, title, valid = true) => {
    record.valid = valid;
    record.error = title;
    if (!valid || status >= 500) console.error(`fake Umbraco: ${request.method} ${path}: ${title}`);
    return reply(status, { type: 'Error', title, status, detail: null, instance: null });
  };

  if (request.method === 'POST' && path === tokenPath) {
    const [status, body] = token(text, request.headers);
    if (status !== 200) {
      record.valid = false;
      record.error = body.error;
    }
    return reply(status, body, { 'cache-control': 'no-store' });
  }

  const operation = operations.find((o) => o.method === request.method && o.regex.test(path));
  if (!operation) return problem(404, `${request.method} ${path} is not an operation of the Management API`, false);
  const params = operation.regex.exec(path).groups ?? {};

  let body;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      return problem(400, 'the body is not JSON', false);
    }
  }
  const typed = { path: typedParameters(operation, 'path', params), query: typedParameters(operation, 'query', query) };
  const errors = validatorFor(operation).validateRequest({ headers: request.headers, body, params: typed.path, query: typed.query });
  if (operation.definition.requestBody && body === undefined) return problem(400, 'the body is missing', false);
  if (errors) return problem(400, `invalid request: ${JSON.stringify(errors.errors)}`, false);

  const failure = failures.shift();
  if (failure) return problem(failure, `scripted ${failure}`);

  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  if (!bearer || !tokens.has(bearer[1])) return reply(401);

  try {
    const [status, result, headers] = await handle(request.method, operation.template, query, params, body);
    return reply(status, result, headers);
  } catch (error) {
    if (error instanceof Refusal) return problem(error.status, error.message);
    throw error;
  }
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url, 'http://x');
  try {
    if (request.method === 'GET' && url.pathname === '/control/requests') return answer(response, 200, requests);
    if (request.method === 'POST' && url.pathname === '/control/fail') {
      const { status, count } = JSON.parse(await readText(request));
      failures.push(...Array(count).fill(status));
      return answer(response, 204);
    }
    if (request.method === 'GET' && url.pathname === '/control/state') {
      return answer(response, 200, {
        languages,
        dataTypes: [...dataTypes.values()],
        documentTypes: [...documentTypes.values()],
        documents: [...documents.values()].map((d) => ({ ...publicDocument(d), parent: d.parent })),
      });
    }
    return await api(request, response, url);
  } catch (error) {
    console.error(`fake Umbraco: ${error.stack}`);
    return answer(response, 500, { type: 'Error', title: 'fake server error', status: 500, detail: null, instance: null });
  }
});
server.on('error', (error) => {
  console.error(`fake Umbraco: ${error.message}`);
  process.exit(1);
});
await new Promise((resolve) => server.listen(config.port ?? 0, '127.0.0.1', resolve));

if (config.exitWithStdin) {
  process.stdin.on('end', () => process.exit(0)).resume();
}

process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
