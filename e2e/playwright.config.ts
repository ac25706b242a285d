// End-to-end tests in Debian's Chromium. Every spec runs twice: hydrated (JavaScript on) and
// with JavaScript disabled, except specs named *.hydrate.spec.ts.
import { defineConfig } from '@playwright/test';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const run = path.join(root, 'target', 'e2e');
export const SERVER_PORT = Number(process.env.E2E_PORT ?? 38080);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 38025);
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? SERVER_PORT + 10);
export const OIDC_CLIENT = 'rtw-e2e';
export const OIDC_SECRET = 'e2e-client-secret';
export const MAIL_DIR = path.join(run, 'mail');
export const SHOTS_DIR = path.join(run, 'screenshots');
export const RUN_DIR = run;
export const ROOT = root;
export const python = process.env.SMTP_SINK_PYTHON ?? path.join(root, 'target', 'tools', 'venv', 'bin', 'python');

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  outputDir: path.join(run, 'results'),
  use: {
    baseURL: `http://127.0.0.1:${SERVER_PORT}`,
    locale: 'nb-NO',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'hydrated', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false }, testIgnore: /\.hydrate\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: `rm -rf "${MAIL_DIR}" && exec "${python}" smtp_sink.py --port ${SMTP_PORT} --dir "${MAIL_DIR}"`,
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A real OpenID provider (panva's oidc-provider) for the single sign-on journeys.
      command: `exec node oidc_provider.mjs --port ${OIDC_PORT} --client ${OIDC_CLIENT}:${OIDC_SECRET}:http://127.0.0.1:${SERVER_PORT}/sso/callback`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // The bundled programme plus the small test course in e2e/fixtures.
      command: `rm -rf "${run}/data" "${run}/courses" && mkdir -p "${run}/courses" && cp -r "${root}/courses/." "${root}/e2e/fixtures/." "${run}/courses/" && exec "${root}/target/debug/server" serve`,
      url: `http://127.0.0.1:${SERVER_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        RTW_BIND: `127.0.0.1:${SERVER_PORT}`,
        RTW_BASE_URL: `http://127.0.0.1:${SERVER_PORT}`,
        DATABASE_URL: `sqlite:${run}/data/rtw.db`,
        RTW_DATA_DIR: `${run}/data`,
        RTW_SITE_ROOT: path.join(root, 'target', 'site'),
        RTW_COURSES_DIR: path.join(run, 'courses'),
        RTW_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        // The journeys' webhook receivers listen on loopback.
        RTW_WEBHOOKS_ALLOW_INTERNAL: 'true',
        RUST_LOG: 'warn',
      },
    },
  ],
});
