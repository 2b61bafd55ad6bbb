// What the browser tests share: checks that stop at the first failure, screenshots, watching a
// page for CSP violations and dialogs, launching Debian's chromium, and a keyboard-only sign-in.
'use strict';

const { chromium } = require('playwright-core');
const path = require('path');

const results = [];

function check(condition, what) {
  if (!condition) throw new Error('check failed: ' + what);
  results.push(what);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(process.env.SHOTS_DIR, name + '.png'), fullPage: true });
}

// Collects CSP violations and dialogs (a script from a message that ran would open one).
function watch(page) {
  const seen = { cspErrors: [], dialogs: [] };
  page.on('dialog', async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/.test(m.text())) seen.cspErrors.push(m.text()); });
  return seen;
}

function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

// Signs in to the console at `url` with the keyboard only: Tab to the fields, type, Enter.
async function signIn(browser, url, user, password) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(url);
  await page.waitForSelector('#sign-in-view:not([hidden])');
  await page.focus('#user');
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#list-view:not([hidden])');
  check((await page.textContent('#whoami')).startsWith(user), user + ' is signed in');
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'aup_session');
  check(session && session.httpOnly && session.sameSite === 'Strict', user + ': session cookie is HttpOnly, SameSite=Strict');
  check(await page.evaluate(() => document.cookie.indexOf('aup_session') === -1), user + ': script cannot read the cookie');
  return { context, page, cspErrors: seen.cspErrors, dialogs: seen.dialogs };
}

// Runs `body(browser)`, then prints one JSON line of results (plus `extra`); exits 1 on failure.
async function runChecks(body, extra = {}) {
  const browser = await launch();
  try {
    await body(browser);
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: String(e && e.stack || e), checks: results }));
    await browser.close();
    process.exit(1);
  }
  await browser.close();
  console.log(JSON.stringify(Object.assign({ ok: true, checks: results }, extra)));
}

module.exports = { check, shot, watch, launch, signIn, runChecks };
