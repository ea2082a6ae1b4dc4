// Deskhand's only script besides htmx: CSRF header for htmx requests, and auto-submitting selects.
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) e.detail.headers[header.content] = token.content;
  });
  document.querySelectorAll('select[data-autosubmit]').forEach((s) =>
    s.addEventListener('change', () => {
      // a confirmed change (a role): cancelling puts the select back
      if (s.form.dataset.confirm && !window.confirm(s.form.dataset.confirm)) {
        s.value = Array.from(s.options).find((o) => o.defaultSelected)?.value ?? s.value;
        return;
      }
      s.form.submit();
    }));
  document.querySelectorAll('[data-copy]').forEach((b) =>
    b.addEventListener('click', () => {
      const target = document.getElementById(b.dataset.copy);
      if (target) navigator.clipboard?.writeText(target.value || target.textContent);
    }));
  sideNav();
  // A translated "are you sure?" before deleting, disabling, revoking or changing a role.
  document.addEventListener('submit', (e) => {
    const form = e.target.closest('[data-confirm]') || e.submitter?.closest('[data-confirm]');
    if (form && !window.confirm(form.dataset.confirm)) e.preventDefault();
  }, true);
  queueKeys();
  itemKeys();
  liveQueue();
  liveShipments();
  eventUpload();
  composer();
  oauthPresets();
});

// Mailbox settings: fill in a provider's OAuth endpoints and scopes (and its mail servers, where still empty).
function oauthPresets() {
  const presets = {
    microsoft: (tenant) => ({
      auth: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize`,
      token: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`,
      scopes: 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access',
      imap: ['outlook.office365.com', 993, 'TLS'], smtp: ['smtp.office365.com', 587, 'STARTTLS'],
    }),
    google: () => ({
      // offline + consent: Google returns a refresh token only then
      auth: 'https://accounts.google.com/o/oauth2/v2/auth?access_type=offline&prompt=consent',
      token: 'https://oauth2.googleapis.com/token',
      scopes: 'https://mail.google.com/',
      imap: ['imap.gmail.com', 993, 'TLS'], smtp: ['smtp.gmail.com', 465, 'TLS'],
    }),
  };
  document.querySelectorAll('button[data-oauth-preset]').forEach((b) => b.addEventListener('click', () => {
    const f = b.form.elements;
    const tenantInput = b.form.querySelector('[data-oauth-tenant]');
    const tenant = encodeURIComponent((tenantInput && tenantInput.value.trim()) || 'organizations');
    const p = presets[b.dataset.oauthPreset](tenant);
    f.authKind.value = 'XOAUTH2';
    f.oauthAuthorizationUri.value = p.auth;
    f.oauthTokenUri.value = p.token;
    f.oauthScopes.value = p.scopes;
    if (!f.imapHost.value) { f.imapHost.value = p.imap[0]; f.imapPort.value = p.imap[1]; f.imapSecurity.value = p.imap[2]; }
    if (!f.smtpHost.value) { f.smtpHost.value = p.smtp[0]; f.smtpPort.value = p.smtp[1]; f.smtpSecurity.value = p.smtp[2]; }
    if (!f.username.value && f.address.value) f.username.value = f.address.value;
  }));
}

// Shared by the queue's and the item's keys.
const csrf = () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
};
const typing = (e) => e.target.closest('input, textarea, select, [contenteditable]') || e.ctrlKey || e.metaKey || e.altKey;
const helpKey = (e) => {
  const help = document.getElementById('keys-help');
  if (e.key !== '?' || !help) return false;
  if (help.open) help.close(); else help.showModal();
  return true;
};
const postForm = (url, fields = {}) => {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = url;
  const token = document.querySelector('meta[name="_csrf"]');
  Object.entries({ ...(token ? { _csrf: token.content } : {}), ...fields }).forEach(([name, value]) => {
    const input = document.createElement('input');
    input.type = 'hidden'; input.name = name; input.value = value;
    form.appendChild(input);
  });
  document.body.appendChild(form);
  form.submit();
};

// The queue by keyboard: j/k move, Enter opens, a assigns to me and e resolves the selected item without leaving the
// list (the selection moves on to the next item), r opens it with the reply (or note) box, ? shows the keys. The page
// also remembers itself and its items, so an item page can go back to this list and on to the next item.
function queueKeys() {
  const queue = document.getElementById('queue');
  if (!queue) return;
  const rows = () => Array.from(document.querySelectorAll('table.queue tbody tr'));
  const remember = () => {
    sessionStorage.setItem('deskhand.list', location.pathname + location.search);
    sessionStorage.setItem('deskhand.items', JSON.stringify(rows().map((r) => r.dataset.href)));
  };
  remember();
  let index = -1;
  let follow = null; // the href to select once the rows are reloaded
  const select = (i) => {
    const all = rows();
    if (!all.length) { index = -1; return; }
    index = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((r, n) => { r.classList.toggle('selected', n === index); r.setAttribute('aria-selected', n === index); });
    all[index].focus();
  };
  queue.addEventListener('htmx:afterSwap', () => {
    remember();
    if (index < 0) return;
    const at = follow ? rows().findIndex((r) => r.dataset.href === follow) : -1;
    follow = null;
    select(at >= 0 ? at : index);
  });
  const status = document.getElementById('key-status');
  const act = async (row, action) => {
    const next = rows()[index + 1];
    const response = await fetch(row.dataset.href.replace(/\/items\/[^/]+$/, '/queue/bulk'), {
      method: 'POST',
      headers: { 'HX-Request': 'true', 'Content-Type': 'application/x-www-form-urlencoded', ...csrf() },
      body: new URLSearchParams({ item: row.dataset.href.split('/').pop(), action }),
    });
    if (status) { status.hidden = response.ok; status.textContent = response.ok ? '' : await response.text(); }
    if (!response.ok) return;
    // the acted-on row may stay (assigned, in "all open") or leave the list (resolved): either way, go on to
    // the item that followed it
    follow = next ? next.dataset.href : null;
    if (!next) index = Math.max(0, index - 1);
    document.body.dispatchEvent(new Event('queue-changed'));
  };
  document.addEventListener('keydown', (e) => {
    if (typing(e)) return;
    if (helpKey(e)) { e.preventDefault(); return; }
    const row = rows()[index];
    if (e.key === 'j') select(index + 1);
    else if (e.key === 'k') select(index - 1);
    else if (e.key === 'Enter' && row) window.location = row.dataset.href;
    else if (e.key === 'a' && row) act(row, 'assign-me');
    else if (e.key === 'e' && row) act(row, 'resolve');
    else if (e.key === 'r' && row) window.location = row.dataset.href + '#composer';
    else if (e.key === 't' && row) startTimer(row);
    else return;
    e.preventDefault();
  });
  // t starts a timer on the selected item (the one running anywhere stops); the header's timer reloads
  const startTimer = async (row) => {
    const response = await fetch(row.dataset.href.replace(/\/items\/[^/]+$/, '/time/timer'), {
      method: 'POST',
      headers: { 'HX-Request': 'true', 'Content-Type': 'application/x-www-form-urlencoded', ...csrf() },
      body: new URLSearchParams({ item: row.dataset.href.split('/').pop() }),
    });
    if (status) { status.hidden = response.ok; status.textContent = response.ok ? '' : await response.text(); }
    if (response.ok) document.body.dispatchEvent(new Event('timer-changed'));
  };
}

// The item page: back to the list the person came from (with its filters), on to the next item after resolving,
// and keys: r reply (the note box on tasks without e-mail), n note, a assign to me, e resolve, u back, ? the keys.
function itemKeys() {
  const resolve = document.getElementById('resolve-form');
  if (!resolve) return;
  const list = sessionStorage.getItem('deskhand.list');
  const back = document.querySelector('[data-back-to-queue]');
  const slug = location.pathname.split('/')[2];
  // only a list this item could be on: My queue, or this workspace's queue
  if (list && back && (list.startsWith('/queue') || list.startsWith('/w/' + slug + '/queue'))) {
    back.href = list;
    resolve.querySelector('[data-back-to-list]').value = list;
    const items = JSON.parse(sessionStorage.getItem('deskhand.items') || '[]');
    const at = items.indexOf(location.pathname);
    const next = at >= 0 ? items[at + 1] : items.find((href) => href !== location.pathname);
    if (next) resolve.querySelector('[data-next-item]').value = next;
  }
  const focus = (id) => { const el = document.getElementById(id); if (el) { el.focus(); el.scrollIntoView({ block: 'center' }); } };
  document.addEventListener('keydown', (e) => {
    if (typing(e)) return;
    if (helpKey(e)) { e.preventDefault(); return; }
    // reply on an item with e-mail; on a task without e-mail, a note (its composer only starts a new e-mail)
    if (e.key === 'r') focus(document.getElementById('conversation') && document.getElementById('composer') ? 'composer' : 'note');
    else if (e.key === 'n') focus('note');
    else if (e.key === 'a') postForm(location.pathname + '/assign-me');
    else if (e.key === 'e') { const b = resolve.querySelector('button[type=submit]'); if (b && !b.disabled) resolve.requestSubmit(); }
    else if (e.key === 'u' && back) window.location = back.href;
    else return;
    e.preventDefault();
  });
}

// Live queue: the server says "changed" over server-sent events; htmx reloads the rows.
function liveQueue() {
  const queue = document.getElementById('queue');
  if (!queue || !queue.dataset.stream || !window.EventSource) return;
  const source = new EventSource(queue.dataset.stream);
  let pending = null;
  source.addEventListener('queue-changed', () => {
    clearTimeout(pending);
    pending = setTimeout(() => document.body.dispatchEvent(new Event('queue-changed')), 300);
  });
}

// Live tracking dashboard: an import committed ("shipments-changed"); htmx reloads the counts and the list.
function liveShipments() {
  const live = document.getElementById('shipments-live');
  if (!live || !live.dataset.stream || !window.EventSource) return;
  const source = new EventSource(live.dataset.stream);
  let pending = null;
  source.addEventListener('shipments-changed', () => {
    clearTimeout(pending);
    pending = setTimeout(() => document.body.dispatchEvent(new Event('shipments-changed')), 300);
  });
}

// Tracking event upload: the files go up by XHR so the progress bar shows how far; the per-file report replaces
// the page's report section when the server has read them.
function eventUpload() {
  const form = document.getElementById('event-upload');
  if (!form || !window.XMLHttpRequest) return;
  const bar = document.getElementById('upload-progress');
  const label = document.getElementById('upload-percent');
  const report = document.getElementById('import-report');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('HX-Request', 'true');
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    if (token && header) xhr.setRequestHeader(header.content, token.content);
    bar.hidden = false;
    bar.value = 0;
    xhr.upload.addEventListener('progress', (p) => {
      if (!p.lengthComputable) return;
      bar.value = Math.round((p.loaded / p.total) * 100);
      if (label) label.textContent = bar.value + ' %';
    });
    xhr.upload.addEventListener('load', () => { bar.value = 100; if (label) label.textContent = '100 %'; });
    xhr.addEventListener('load', () => {
      report.innerHTML = xhr.responseText;
      form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = false; });
      if (window.htmx) window.htmx.process(report);
      report.focus();
    });
    form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = true; });
    xhr.send(new FormData(form));
  });
}

// The composer: a saved reply (filled in for this item) goes in at the cursor; Ctrl+Enter sends.
function composer() {
  const text = document.getElementById('composer');
  const saved = document.getElementById('saved-reply');
  const mail = text && document.getElementById('conversation');
  // on a task without e-mail "reply" means writing a note (its composer can still start an e-mail)
  if (window.location.hash === '#composer') (mail ? text : document.getElementById('note'))?.focus();
  if (!text) return;
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); text.form.requestSubmit(); }
  });
  if (!saved) return;
  // the saved reply's preview (an htmx fragment) inserts its text at the cursor, or is dismissed
  const preview = document.getElementById('saved-reply-preview');
  // the preview arrives with its Insert button focused, so the keyboard goes on: arrow to a reply, Enter inserts
  document.body.addEventListener('htmx:afterSwap', (e) => {
    if (e.detail.target === preview) preview.querySelector('[data-insert-reply]')?.focus();
  });
  preview?.addEventListener('click', (e) => {
    if (e.target.closest('[data-insert-reply]')) {
      const reply = preview.querySelector('[data-reply-text]')?.textContent ?? '';
      const at = text.selectionStart ?? text.value.length;
      text.value = text.value.slice(0, at) + reply + text.value.slice(text.selectionEnd ?? at);
      text.focus();
      text.selectionStart = text.selectionEnd = at + reply.length;
    } else if (!e.target.closest('[data-dismiss-reply]')) return;
    preview.innerHTML = '';
    saved.value = '';
  });
}

// Phone: the side navigation folds behind its Menu button (aria-expanded says whether it is open; Escape closes it).
function sideNav() {
  const side = document.querySelector('nav.side');
  const button = side && side.querySelector('.nav-toggle');
  if (!button) return;
  const open = (yes) => { side.classList.toggle('open', yes); button.setAttribute('aria-expanded', String(yes)); };
  side.classList.add('collapsible');
  button.hidden = false;
  button.addEventListener('click', () => open(button.getAttribute('aria-expanded') !== 'true'));
  side.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && side.classList.contains('open')) { open(false); button.focus(); }
  });
}
