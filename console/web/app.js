// The console's UI: plain DOM, no framework, no inline script (the CSP forbids it). Everything
// from the server is put on the page with textContent, never as HTML.
'use strict';

const state = { csrf: '', user: '', role: '', cursor: '', currentId: '', navigation: 0 };
// The attachment the download form is for, and the button that opened it (focus goes back there).
const download = { index: -1, opener: null };
const $ = (id) => document.getElementById(id);

function setStatus(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

// Sends a request with the session's CSRF token; throws the server's error for anything but 2xx.
async function send(method, path, body) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (method !== 'GET') options.headers['X-CSRF-Token'] = state.csrf;
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  if (response.status === 401 && path !== '/api/v1/session') showSignIn();
  if (!response.ok) {
    const data = await response.json().catch(() => ({}));
    throw new Error(data.error || ('HTTP ' + response.status));
  }
  return response;
}

async function api(method, path, body) {
  const response = await send(method, path, body);
  return response.json().catch(() => ({}));
}

// Each move to a view takes a ticket; an answer that arrives after a later move is dropped, so a
// slow reload can never pull the user back to a page they have left.
function navigate() {
  state.navigation += 1;
  return state.navigation;
}

const isCurrent = (ticket) => ticket === state.navigation;

function show(view) {
  for (const id of ['sign-in-view', 'list-view', 'detail-view', 'requests-view']) $(id).hidden = id !== view;
}

function showSignIn() {
  $('nav').hidden = true;
  show('sign-in-view');
  $('user').focus();
}

function signedIn(data) {
  state.csrf = data.csrfToken;
  state.user = data.user;
  state.role = data.role;
  $('whoami').textContent = data.user + ' (' + data.role + ')';
  $('nav').hidden = false;
  loadList(true);
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text === undefined || text === null ? '' : String(text);
  row.appendChild(td);
  return td;
}

function when(seconds) {
  return seconds ? new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 19) : '';
}

function dateToSeconds(value, endOfDay) {
  if (!value) return '';
  const t = Date.parse(value + 'T00:00:00Z') / 1000;
  return String(endOfDay ? t + 86400 : t);
}

async function loadList(fresh) {
  const ticket = navigate();
  show('list-view');
  const params = new URLSearchParams();
  for (const name of ['sender', 'recipient', 'subject', 'policy', 'rule', 'direction', 'state']) {
    const value = $('f-' + name).value.trim();
    if (value) params.set(name, value);
  }
  const since = dateToSeconds($('f-since').value, false);
  const until = dateToSeconds($('f-until').value, true);
  if (since) params.set('since', since);
  if (until) params.set('until', until);
  if (!fresh && state.cursor) params.set('after', state.cursor);
  try {
    const data = await api('GET', '/api/v1/messages?' + params.toString());
    if (!isCurrent(ticket)) return;
    const body = $('messages').tBodies[0];
    if (fresh) body.replaceChildren();
    for (const item of data.items) {
      const row = document.createElement('tr');
      row.className = 'row';
      cell(row, when(item.receivedAt));
      cell(row, item.state);
      cell(row, item.mailFrom);
      cell(row, item.recipients.join(', '));
      const subject = cell(row, '');
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = item.subject || '(no subject)';
      link.dataset.id = item.id;
      link.addEventListener('click', (e) => { e.preventDefault(); loadDetail(item.id); });
      subject.appendChild(link);
      cell(row, item.policies.join(', '));
      body.appendChild(row);
    }
    state.cursor = data.nextCursor;
    $('more').hidden = !data.nextCursor;
    setStatus(body.rows.length + ' message(s) shown');
  } catch (e) {
    setStatus(e.message, true);
  }
}

function definition(list, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value === undefined || value === null ? '' : String(value);
  list.append(dt, dd);
}

function listItems(list, items, render) {
  list.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = render(item);
    list.appendChild(li);
  }
}

async function loadDetail(id) {
  const ticket = navigate();
  state.currentId = id;
  try {
    const m = await api('GET', '/api/v1/messages/' + encodeURIComponent(id));
    if (!isCurrent(ticket)) return;
    show('detail-view');
    $('detail-title').textContent = m.subject || '(no subject)';
    const env = $('envelope');
    env.replaceChildren();
    definition(env, 'Id', m.id);
    definition(env, 'Received', when(m.receivedAt));
    definition(env, 'State', m.state + (m.actionDetail ? ' (' + m.actionDetail + ' by ' + m.actor + ')' : ''));
    definition(env, 'From', m.mailFrom);
    definition(env, 'To', m.recipients.join(', '));
    definition(env, 'Direction', m.direction);
    definition(env, 'Sent by login', m.authUser);
    definition(env, 'Client', m.clientAddress + ' ' + m.clientName);
    definition(env, 'Queue id', m.queueId);
    definition(env, 'Class', m.class);
    definition(env, 'Size', m.size + ' bytes');
    listItems($('findings'), m.findings, (f) => f.policy + '/' + f.rule + ': ' + f.description +
      (f.evidence ? ' - evidence: ' + f.evidence : '') + (f.location ? ' (' + f.location + ')' : ''));
    const p = m.permissions;
    $('do-release').hidden = !p.release;
    $('do-delete').hidden = !p.delete;
    $('do-request').hidden = !p.requestRelease;
    $('second-person').hidden = !p.needsSecondPerson;
    $('actions').hidden = !(p.release || p.delete || p.requestRelease);
    $('note-form').hidden = !p.note;
    listItems($('detail-requests'), m.requests, (r) => '#' + r.id + ' ' + r.state + ' - requested by ' + r.requestedBy +
      ': ' + r.reason + (r.state === 'superseded' ? ' - closed when ' + r.decidedBy + ' acted: ' + r.decisionNote
        : r.decidedBy ? ' - decided by ' + r.decidedBy : ''));
    showAttachments(m.attachments, p.downloadAttachments);
    $('body-hidden').hidden = !m.bodyHidden;
    $('preview').textContent = m.preview ? m.preview.text : '';
    $('preview').hidden = !m.preview;
    listItems($('links'), m.preview ? m.preview.links : [], (l) => l);
    $('headers').textContent = m.headers.map((h) => h.name + ': ' + h.value).join('\n');
    listItems($('notes'), m.notes, (n) => when(n.at) + ' ' + n.author + ': ' + n.text);
    await loadTrail(id, ticket);
    if (isCurrent(ticket)) $('detail-title').focus();
  } catch (e) {
    setStatus(e.message, true);
  }
}

// The attachment list; for an admin, a Download button per row that opens the reason form.
function showAttachments(attachments, mayDownload) {
  closeDownload(false);
  $('attachments-download').hidden = !mayDownload;
  const att = $('attachments').tBodies[0];
  att.replaceChildren();
  attachments.forEach((a, index) => {
    const row = document.createElement('tr');
    cell(row, a.filename); cell(row, a.contentType); cell(row, a.size); cell(row, a.sha256);
    if (mayDownload) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Download';
      b.setAttribute('aria-label', 'Download ' + (a.filename || 'attachment ' + (index + 1)));
      b.dataset.index = String(index);
      b.addEventListener('click', () => openDownload(index, a.filename, b));
      cell(row, '').appendChild(b);
    }
    att.appendChild(row);
  });
}

function openDownload(index, filename, opener) {
  download.index = index;
  download.opener = opener;
  $('download-title').textContent = 'Download ' + (filename || 'attachment ' + (index + 1));
  $('download-reason').value = '';
  $('download-form').hidden = false;
  $('download-reason').focus();
}

function closeDownload(refocus) {
  $('download-form').hidden = true;
  if (refocus && download.opener && download.opener.isConnected) download.opener.focus();
}

// The name the server chose: filename* (RFC 6266, UTF-8) when given, else filename="...".
function dispositionName(header) {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header || '');
  if (star) {
    try { return decodeURIComponent(star[1]); } catch (e) { /* use the plain form */ }
  }
  const plain = /filename="([^"]*)"/.exec(header || '');
  return plain ? plain[1] : 'attachment';
}

// Fetches the bytes (never shown: an octet-stream Blob) and hands them to the browser as a file.
async function submitDownload() {
  const ticket = state.navigation;
  const reason = $('download-reason').value;
  if (reason.replace(/\s/g, '').length < 4) {
    setStatus('Say why you need the file (a few words)', true);
    $('download-reason').focus();
    return;
  }
  const path = '/api/v1/messages/' + encodeURIComponent(state.currentId) + '/attachments/' + download.index + '/download';
  try {
    const response = await send('POST', path, { reason });
    const name = dispositionName(response.headers.get('Content-Disposition'));
    const blob = new Blob([await response.arrayBuffer()], { type: 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    closeDownload(true);
    setStatus('Downloaded ' + name + ' (' + blob.size + ' bytes); recorded in the audit trail');
    await loadTrail(state.currentId, ticket);
  } catch (e) {
    setStatus(e.message, true);
  }
}

async function loadTrail(id, ticket) {
  const data = await api('GET', '/api/v1/messages/' + encodeURIComponent(id) + '/events');
  if (!isCurrent(ticket)) return;
  const body = $('trail').tBodies[0];
  body.replaceChildren();
  for (const e of data.events) {
    const row = document.createElement('tr');
    cell(row, when(e.at)); cell(row, e.actor); cell(row, e.origin); cell(row, e.action);
    cell(row, e.reason); cell(row, e.detail); cell(row, e.mtaReply);
    body.appendChild(row);
  }
}

function recipientsInput() {
  const text = $('action-to').value.trim();
  return text ? text.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
}

async function act(path, body, done) {
  try {
    const result = await api('POST', path, body);
    // Refresh first, then report: the status line is the signal that the page is settled.
    await loadDetail(state.currentId);
    setStatus(done(result));
  } catch (e) {
    setStatus(e.message, true);
  }
}

async function loadRequests() {
  const ticket = navigate();
  show('requests-view');
  try {
    const data = await api('GET', '/api/v1/requests?state=requested');
    if (!isCurrent(ticket)) return;
    const body = $('requests').tBodies[0];
    body.replaceChildren();
    for (const r of data.requests) {
      const row = document.createElement('tr');
      cell(row, when(r.requestedAt));
      cell(row, r.requestedBy);
      const msg = cell(row, '');
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = r.message ? (r.message.subject || '(no subject)') + ' - ' + r.message.mailFrom : r.messageId;
      link.addEventListener('click', (e) => { e.preventDefault(); loadDetail(r.messageId); });
      msg.appendChild(link);
      cell(row, r.reason);
      const actions = cell(row, '');
      for (const [label, verb] of [['Approve', 'approve'], ['Deny', 'deny']]) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.setAttribute('aria-label', label + ' request ' + r.id);
        b.dataset.request = String(r.id);
        b.dataset.verb = verb;
        b.addEventListener('click', async () => {
          let message, failed = false;
          try {
            const result = await api('POST', '/api/v1/requests/' + r.id + '/' + verb, { note: $('decision-note').value });
            message = 'Request ' + r.id + ': ' + result.state + (result.mtaReply ? ' - MTA: ' + result.mtaReply : '');
          } catch (e) {
            message = e.message;
            failed = true;
          }
          if (!failed) $('decision-note').value = '';
          await loadRequests();
          setStatus(message, failed);
        });
        actions.appendChild(b);
      }
      body.appendChild(row);
    }
    if (!data.requests.length) setStatus('No requests waiting');
  } catch (e) {
    setStatus(e.message, true);
  }
}

function wire() {
  $('sign-in-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      signedIn(await api('POST', '/api/v1/session', { user: $('user').value, password: $('password').value }));
      $('password').value = '';
      setStatus('Signed in');
    } catch (err) {
      setStatus(err.message, true);
    }
  });
  $('sign-out').addEventListener('click', async () => {
    try { await api('DELETE', '/api/v1/session'); } catch (e) { /* signed out anyway */ }
    state.csrf = '';
    setStatus('Signed out');
    showSignIn();
  });
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); loadList(true); });
  $('more').addEventListener('click', () => loadList(false));
  $('back').addEventListener('click', () => loadList(true));
  $('nav-messages').addEventListener('click', () => loadList(true));
  $('nav-requests').addEventListener('click', loadRequests);
  const base = () => '/api/v1/messages/' + encodeURIComponent(state.currentId);
  $('do-release').addEventListener('click', () => act(base() + '/release',
    { reason: $('action-reason').value, to: recipientsInput() },
    (r) => 'Released to ' + r.recipients.join(', ') + ' - MTA: ' + r.mtaReply));
  $('do-request').addEventListener('click', () => act(base() + '/requests',
    { reason: $('action-reason').value, to: recipientsInput() }, (r) => 'Release requested (#' + r.id + ')'));
  $('do-delete').addEventListener('click', () => {
    if (window.confirm('Delete this message?')) act(base() + '/delete', { reason: $('action-reason').value }, () => 'Deleted');
  });
  $('note-form').addEventListener('submit', (e) => {
    e.preventDefault();
    act(base() + '/notes', { text: $('note-text').value }, () => { $('note-text').value = ''; return 'Note added'; });
  });
  $('download-form').addEventListener('submit', (e) => { e.preventDefault(); submitDownload(); });
  $('download-cancel').addEventListener('click', () => closeDownload(true));
  $('download-form').addEventListener('keydown', (e) => { if (e.key === 'Escape') closeDownload(true); });
  $('detail-title').tabIndex = -1;
}

document.addEventListener('DOMContentLoaded', async () => {
  wire();
  try {
    signedIn(await api('GET', '/api/v1/session'));
  } catch (e) {
    showSignIn();
    setStatus('');
  }
});
