// A real OpenID Connect provider on loopback for the tests: panva's oidc-provider (a certified
// implementation, from the npm registry) with its development sign-in form, where any login name
// signs in as that person. The person's claims come from the login name:
//   sub = the login, email = the login if it has an @ (else <login>@kommune.example),
//   name = the login's first part in title case, tid = "tenant-b" for logins starting "other.",
//   else "tenant-a".
// A login starting "bad-<kind>." gets an ID token that fails one check, to prove that the platform
// refuses it: bad-signature (a signature byte changed), bad-audience (another client), bad-expired
// (expired an hour ago), bad-issuer (another issuer), bad-nonce (another nonce); all but the first
// are signed again with the provider's own key, so only the one claim is wrong.
//
// Usage: node oidc_provider.mjs --port 38090 --client rtw:secret:http://127.0.0.1:38080/sso/callback
// (--client may be given several times). It prints "ready <issuer>" when it listens.
import Provider from 'oidc-provider';
import { generateKeyPair, exportJWK, CompactSign, importJWK } from 'jose';

const args = process.argv.slice(2);
let port = 38090;
const clients = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--port') port = Number(args[++i]);
  else if (args[i] === '--client') {
    const [id, secret, ...rest] = args[++i].split(':');
    clients.push({
      client_id: id,
      client_secret: secret,
      redirect_uris: [rest.join(':')],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    });
  }
}
const issuer = `http://127.0.0.1:${port}`;

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
const signingKey = await importJWK(jwk, 'RS256');

function claimsOf(login) {
  const email = login.includes('@') ? login : `${login}@kommune.example`;
  const local = login.split('@')[0].replace(/^(bad-[a-z]+|other)\./, '');
  const name = local.split(/[._-]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return {
    sub: login,
    email,
    email_verified: true,
    name,
    tid: login.startsWith('other.') ? 'tenant-b' : 'tenant-a',
  };
}

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [jwk] },
  pkce: { required: () => true },
  claims: { openid: ['sub', 'tid'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => claimsOf(id) }),
  // First-party test clients: the scopes asked for are granted without a consent screen.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});
provider.proxy = false;

const unb64 = (part) => JSON.parse(Buffer.from(part, 'base64url').toString());

async function resign(header, payload) {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header)
    .sign(signingKey);
}

// Spoils the ID token of a "bad-<kind>." login after the provider has made it.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || !ctx.body || typeof ctx.body.id_token !== 'string') return;
  const [h, p, s] = ctx.body.id_token.split('.');
  const header = unb64(h);
  const payload = unb64(p);
  const kind = /^bad-([a-z]+)\./.exec(payload.sub)?.[1];
  if (!kind) return;
  const now = Math.floor(Date.now() / 1000);
  if (kind === 'signature') {
    const bytes = Buffer.from(s, 'base64url');
    bytes[10] ^= 0x01;
    ctx.body.id_token = `${h}.${p}.${bytes.toString('base64url')}`;
    return;
  }
  if (kind === 'audience') payload.aud = 'another-client';
  else if (kind === 'expired') { payload.iat = now - 7200; payload.exp = now - 3600; }
  else if (kind === 'issuer') payload.iss = 'http://127.0.0.1:1/unknown';
  else if (kind === 'nonce') payload.nonce = 'not-the-nonce-we-sent';
  else return;
  ctx.body.id_token = await resign(header, payload);
});

// Refusals on stderr, so a failing test shows why the provider said no.
for (const event of ['grant.error', 'server_error', 'authorization.error']) {
  provider.on(event, (ctx, err) => process.stderr.write(`${event}: ${err.message} ${err.error_description ?? ''}\n`));
}

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
