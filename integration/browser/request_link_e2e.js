// A staff notice's "request release" link end to end in Debian's headless Chromium
// (playwright-core). Run by integration/test_console_browser.py, which took the link from the
// staff notice the real Postfix delivered to its sink, and afterwards checks that the parent got
// the mail and the sender the outcome notice.
// Env: CONSOLE_URL, CONSOLE_PASSWORD, LINK_URL, QUARANTINE_ID, REQUESTER, SHOTS_DIR.
// Prints one JSON line of results; exits 1 on the first failed check.
'use strict';

const { check, shot, watch, signIn, runChecks } = require('./common');

const url = process.env.CONSOLE_URL;
const password = process.env.CONSOLE_PASSWORD;
const linkUrl = process.env.LINK_URL;
const quarantineId = process.env.QUARANTINE_ID;
const requester = process.env.REQUESTER;
const reason = 'The parent needs the transfer form before Friday';
const decisionNote = 'Checked with the DPO: this parent may have it';

runChecks(async (browser) => {
  // The member of staff follows the link from their notice: no sign-in, a form with a reason box.
  const staff = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await staff.newPage();
  const seen = watch(page);
  const opened = await page.goto(linkUrl);
  check(opened.status() === 200, 'link: the page opens without signing in');
  check((await page.textContent('#message-facts')).includes(quarantineId), 'link: the page names the held message');
  const formCookie = (await staff.cookies()).find((c) => c.name === 'aup_request');
  check(formCookie && formCookie.httpOnly && formCookie.sameSite === 'Strict', 'link: anti-CSRF cookie is HttpOnly, SameSite=Strict');
  await shot(page, 'request-link-form');
  // Keyboard only, as on the console.
  await page.focus('#reason');
  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#page-title:has-text("Your request has been sent")');
  check(true, 'link: the request was sent');
  await shot(page, 'request-link-sent');

  // Following the link again shows where it stands; nothing new is made.
  await page.goto(linkUrl);
  check((await page.textContent('#request-status')).includes('waiting for review'), 'link: a replay shows the status');
  check((await page.locator('#request-form').count()) === 0, 'link: a replay offers no second form');

  // An admin approves it in the console, giving a reason the sender will be told.
  const admin = await signIn(browser, url, 'admin1', password);
  await admin.page.click('#nav-requests');
  const row = admin.page.locator('#requests tbody tr', { hasText: requester });
  await row.first().waitFor();
  check((await row.first().textContent()).includes(reason), 'admin: the request shows the sender and their reason');
  await admin.page.fill('#decision-note', decisionNote);
  await shot(admin.page, 'requests-admin-link');
  await row.first().locator('button[data-verb=approve]').click();
  await admin.page.waitForSelector('#status:has-text("approved")', { timeout: 60000 });
  check((await admin.page.textContent('#status')).includes('MTA: 250'), 'admin: approval released it and Postfix said 250');

  // The link now says it was approved and delivered.
  await page.goto(linkUrl);
  check((await page.textContent('#request-status')).includes('The message has been delivered'), 'link: shows approved and delivered');
  await shot(page, 'request-link-approved');
  for (const s of [seen, admin]) {
    check(s.cspErrors.length === 0, 'no CSP violations');
    check(s.dialogs.length === 0, 'no dialogs');
  }
  await staff.close();
  await admin.context.close();
}, { reason, decisionNote });
