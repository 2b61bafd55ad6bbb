// aup-console end to end in Debian's headless Chromium (playwright-core, no bundled browser).
// Run by integration/test_console_browser.py, which starts Postfix, aup-milter and aup-console,
// holds the messages and afterwards checks that the approved release reached the parent. The admin
// also downloads the hostile message's attachment (with a reason; the trail shows it).
// Env: CONSOLE_URL, CONSOLE_PASSWORD, PERSONAL_SUBJECT, HOSTILE_SUBJECT, SHOTS_DIR.
// Prints one JSON line of results; exits 1 on the first failed check.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const { check, shot, signIn: signInAt, runChecks } = require('./common');

const url = process.env.CONSOLE_URL;
const password = process.env.CONSOLE_PASSWORD;
const personalSubject = process.env.PERSONAL_SUBJECT;
const hostileSubject = process.env.HOSTILE_SUBJECT;

const signIn = (browser, user) => signInAt(browser, url, user, password);

async function openMessage(page, subject) {
  if (await page.isHidden('#list-view')) await page.click('#nav-messages');
  await page.fill('#f-subject', subject);
  await page.selectOption('#f-state', '');
  await page.click('#filters button[type=submit]');
  const link = page.locator('#messages tbody a', { hasText: subject });
  await link.first().waitFor();
  await link.first().click();
  await page.waitForSelector('#detail-view:not([hidden])');
}

runChecks(async (browser) => {
  // helpdesk: metadata only for personal data; can request, cannot release.
  const helpdesk = await signIn(browser, 'helpdesk1');
  await shot(helpdesk.page, 'list-helpdesk');
  await openMessage(helpdesk.page, personalSubject);
  check(await helpdesk.page.isVisible('#body-hidden'), 'helpdesk: personal-data body is hidden');
  check(!(await helpdesk.page.isVisible('#preview')), 'helpdesk: no preview of personal data');
  check(!(await helpdesk.page.isVisible('#do-release')), 'helpdesk: no release button');
  check(await helpdesk.page.isVisible('#do-request'), 'helpdesk: may request a release');
  await shot(helpdesk.page, 'detail-helpdesk');
  await helpdesk.page.fill('#action-reason', 'the parent is expecting the transfer form');
  await helpdesk.page.click('#do-request');
  await helpdesk.page.waitForSelector('#status:has-text("Release requested")');
  check(true, 'helpdesk: release requested');
  // Attachments are listed for everyone; only an admin gets a Download button.
  await openMessage(helpdesk.page, hostileSubject.slice(0, 12));
  check((await helpdesk.page.locator('#attachments tbody tr').count()) === 1, 'helpdesk: the attachment is listed');
  check((await helpdesk.page.locator('#attachments button').count()) === 0, 'helpdesk: no Download button');
  check(await helpdesk.page.isHidden('#attachments-download'), 'helpdesk: no Download column');
  await helpdesk.context.close();

  // auditor: read-only.
  const auditor = await signIn(browser, 'auditor1');
  await openMessage(auditor.page, personalSubject);
  check(await auditor.page.isHidden('#actions'), 'auditor: no actions');
  check(await auditor.page.isHidden('#note-form'), 'auditor: cannot add notes');
  check(await auditor.page.isVisible('#body-hidden'), 'auditor: personal-data body is hidden');
  await auditor.context.close();

  // dsl: reads the body, cannot release alone (two-person rule), approves the helpdesk's request.
  const dsl = await signIn(browser, 'dsl1');
  await openMessage(dsl.page, personalSubject);
  check((await dsl.page.textContent('#preview')).includes('transfer form'), 'dsl: reads the text preview');
  check(await dsl.page.isHidden('#do-release'), 'dsl: no direct release of personal data');
  check(await dsl.page.isVisible('#second-person'), 'dsl: told a second person must approve');
  await shot(dsl.page, 'detail-dsl');
  await dsl.page.click('#nav-requests');
  const approve = dsl.page.locator('#requests tbody tr', { hasText: 'helpdesk1' }).locator('button[data-verb=approve]');
  await approve.first().waitFor();
  await shot(dsl.page, 'requests-dsl');
  await approve.first().click();
  await dsl.page.waitForSelector('#status:has-text("approved")', { timeout: 60000 });
  check((await dsl.page.textContent('#status')).includes('MTA: 250'), 'dsl: approval released it and Postfix said 250');
  await dsl.context.close();

  // admin: the trail shows who asked, who approved and what the MTA said; hostile text stays text.
  const admin = await signIn(browser, 'admin1');
  await openMessage(admin.page, personalSubject);
  // The trail is fetched after the detail is shown: wait for its last row (the release and the MTA's reply).
  await admin.page.locator('#trail tbody tr', { hasText: '250' }).first().waitFor();
  const trail = await admin.page.textContent('#trail');
  check(trail.includes('release-request') && trail.includes('console:helpdesk1'), 'admin: trail has the request');
  check(trail.includes('approve') && trail.includes('console:dsl1'), 'admin: trail has the approval');
  check(/release\s*.*250/.test(trail.replace(/\n/g, ' ')), 'admin: trail has the release with the MTA reply');
  await shot(admin.page, 'audit-admin');
  await openMessage(admin.page, hostileSubject.slice(0, 12));
  check((await admin.page.textContent('#detail-title')) === hostileSubject, 'admin: hostile subject shown as text');
  check((await admin.page.locator('#detail-view img').count()) === 0, 'admin: no image element was made from the subject or filename');
  check((await admin.page.textContent('#attachments')).includes('onerror'), 'admin: hostile filename shown as text');
  check((await admin.page.locator('#links a').count()) === 0, 'admin: links in the message are not live');
  await shot(admin.page, 'detail-hostile-admin');
  // admin: downloads the attachment with the keyboard, after giving a reason in the page's own form.
  const downloadButton = admin.page.locator('#attachments tbody button', { hasText: 'Download' });
  check((await downloadButton.count()) === 1, 'admin: a Download button beside the attachment');
  await downloadButton.first().focus();
  await admin.page.keyboard.press('Enter');
  await admin.page.waitForSelector('#download-form:not([hidden])');
  check(await admin.page.evaluate(() => document.activeElement.id === 'download-reason'), 'admin: the reason box has focus');
  await admin.page.keyboard.press('Enter');  // no reason: the form does not submit
  check(await admin.page.isVisible('#download-form'), 'admin: a download needs a reason');
  const reason = 'checking the attachment for the DSL ' + Date.now();
  await admin.page.keyboard.type(reason);
  await shot(admin.page, 'download-reason-admin');
  const [file] = await Promise.all([admin.page.waitForEvent('download'), admin.page.keyboard.press('Enter')]);
  check(file.suggestedFilename() === '_img src=x onerror=alert(5)_.txt', 'admin: the file has the cleaned name (' + file.suggestedFilename() + ')');
  const bytes = fs.readFileSync(await file.path());
  check(bytes.toString() === 'hello', 'admin: the downloaded bytes are the attachment');
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  await admin.page.waitForSelector('#status:has-text("Downloaded")');
  check(await admin.page.isHidden('#download-form'), 'admin: the form closes after the download');
  check(await admin.page.evaluate(() => document.activeElement.dataset.index === '0'), 'admin: focus is back on the button');
  const row = admin.page.locator('#trail tbody tr', { hasText: reason });
  await row.first().waitFor();
  const recorded = await row.first().textContent();
  check(recorded.includes('download') && recorded.includes('console:admin1') && recorded.includes(sha256),
    'admin: the trail shows the download, who, the reason and the SHA-256');
  check((await admin.page.locator('#detail-view img').count()) === 0, 'admin: the downloaded file was not rendered');
  await shot(admin.page, 'download-trail-admin');
  for (const s of [helpdesk, auditor, dsl, admin]) {
    check(s.cspErrors.length === 0, 'no CSP violations');
    check(s.dialogs.length === 0, 'no script from a message ran (no alert dialog)');
  }
  await admin.context.close();
});
