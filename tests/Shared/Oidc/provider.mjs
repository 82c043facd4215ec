// A real OpenID provider (oidc-provider) shaped like Microsoft Entra ID v2, for sign-in tests on loopback.
// Started by OidcProviderProcess.cs; usable by hand too:
//
//   OIDC_PROVIDER_CONFIG='{"tenantId":"t1","clientId":"portal","clientSecret":"s",
//     "redirectUris":["http://127.0.0.1:5000/signin-oidc"],
//     "accounts":[{"accountId":"amira","oid":"…","name":"Amira","roles":["Champion"],"email":"a@example.org"}]}' \
//   node tests/Shared/Oidc/provider.mjs          (or: node provider.mjs config.json)
//
// Config: port (0 = any free one), tenantId, clientId, clientSecret, redirectUris, postLogoutRedirectUris,
// accounts, signingKey (a private RSA JWK; kept by the fixture so a restarted provider signs with the same key),
// anyLoopbackPort (registers the client as "native", so a loopback redirect URI matches on any port, RFC 8252),
// exitWithStdin (exit when stdin closes, i.e. when the process that started this one has gone).
//
// Once listening it prints one JSON line to stdout: {"issuer":"http://127.0.0.1:PORT/TENANT/v2.0","port":PORT}.
// Logs and provider errors go to stderr.
//
// Sign-in goes through oidc-provider's devInteractions. GET {issuer}/interaction/{uid} serves a form that posts
// back to the same URL: hidden `prompt` (= "login"), `login` (type the accountId), `password` (anything; not
// checked), submit button "Sign-in" (class login-submit). Unknown logins are sent back to the form. No consent
// page follows: loadExistingGrant grants openid profile email at once, as in an Entra tenant where an admin has
// consented for everyone. The page @imports a Google Fonts stylesheet, which an offline machine cannot fetch.
//
// The client is registered for client_secret_post, which ASP.NET Core's OpenIdConnectHandler uses; oidc-provider
// accepts client_secret_basic from it as well. PKCE (S256 only) is required; id_tokens are RS256.
// {issuer}/session/end signs out at once (no question asked) and returns to a registered post_logout_redirect_uri.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import Provider, { interactionPolicy } from 'oidc-provider';

// oidc-provider prints notices with console.info; stdout is kept for the one line the fixture reads.
console.info = console.error;

const config = JSON.parse(process.argv[2] ? readFileSync(process.argv[2], 'utf8') : process.env.OIDC_PROVIDER_CONFIG);
for (const name of ['tenantId', 'clientId', 'clientSecret', 'redirectUris', 'accounts']) {
  if (config[name] === undefined) throw new Error(`provider config lacks ${name}`);
}

const accounts = new Map(config.accounts.map((account) => [account.accountId, account]));
const signingKey = config.signingKey
  ?? { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: randomUUID() };

// oidc-provider asks for consent every time from native clients (anyLoopbackPort); Entra would not.
const policy = interactionPolicy.base();
policy.get('consent').checks.remove('native_client_prompt');

const server = http.createServer();
server.on('error', (error) => {
  console.error(`provider: ${error.message}`);
  process.exit(1);
});
await new Promise((resolve) => server.listen(config.port ?? 0, '127.0.0.1', resolve));
const { port } = server.address();

// Entra's issuer is https://login.microsoftonline.com/{tenant}/v2.0 and discovery sits below it.
const prefix = `/${config.tenantId}/v2.0`;
const issuer = `http://127.0.0.1:${port}${prefix}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: config.clientId,
    client_secret: config.clientSecret,
    redirect_uris: config.redirectUris,
    post_logout_redirect_uris: config.postLogoutRedirectUris ?? [],
    application_type: config.anyLoopbackPort ? 'native' : 'web',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'RS256',
  }],
  jwks: { keys: [{ ...signingKey, alg: 'RS256', use: 'sig' }] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  responseTypes: ['code'],
  pkce: { required: () => true },
  ttl: {
    AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 3600, Session: 14 * 24 * 3600, Grant: 14 * 24 * 3600,
  },
  scopes: ['openid', 'profile', 'email'],
  claims: {
    openid: ['sub', 'oid', 'tid', 'ver', 'roles'],
    profile: ['name', 'preferred_username'],
    email: ['email'],
  },
  // Entra puts profile claims in the id_token itself; the portal's handler does not call userinfo.
  conformIdTokenClaims: false,
  interactions: { policy },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      // Signs out without asking (Entra asks which account); with JavaScript off, press the button.
      async logoutSource(ctx, form) {
        ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Sign out</title></head><body>${form}
          <button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
          <script>document.querySelector('button[name=logout]').click();</script></body></html>`;
      },
    },
  },
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          oid: account.oid,
          tid: config.tenantId,
          ver: '2.0',
          name: account.name,
          preferred_username: account.preferredUsername ?? account.email ?? sub,
          email: account.email,
          // Entra leaves the claim out when a user holds no app roles.
          roles: account.roles?.length ? account.roles : undefined,
        };
      },
    };
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);

    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
});

for (const event of ['server_error', 'authorization.error', 'grant.error', 'end_session.error', 'jwks.error', 'discovery.error', 'userinfo.error']) {
  provider.on(event, (_ctx, error) => console.error(
    `provider ${event}: ${error.message} ${error.error_description ?? ''} ${error.cause?.message ?? ''}`,
  ));
}

// devInteractions signs in any login it is given, and an unknown one then fails with a server error;
// send it back to the form instead, as Entra would keep the user on its sign-in page.
async function rejectsUnknownLogin(req, res) {
  if (req.method !== 'POST' || !/^\/interaction\/[^/]+$/.test(req.url)) return false;
  let body = '';
  for await (const chunk of req) body += chunk;
  req.body = body; // oidc-provider reads an already-read body from here
  const login = new URLSearchParams(body).get('login');
  if (login === null || accounts.has(login)) return false;
  console.error(`provider: no account "${login}"; back to the sign-in form`);
  res.writeHead(303, { location: req.originalUrl }).end();
  return true;
}

// Mounted below the tenant path: oidc-provider works out its mount point from req.originalUrl.
const callback = provider.callback();
server.on('request', async (req, res) => {
  if (!req.url.startsWith(`${prefix}/`)) {
    res.writeHead(404).end();
    return;
  }
  req.originalUrl = req.url;
  req.url = req.url.slice(prefix.length);
  if (!(await rejectsUnknownLogin(req, res))) callback(req, res);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (config.exitWithStdin) {
  process.stdin.on('end', () => process.exit(0)).resume();
}

process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
