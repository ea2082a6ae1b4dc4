// Deskhand's only script besides htmx: CSRF header for htmx requests, and auto-submitting selects.
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) e.detail.headers[header.content] = token.content;
  });
  document.querySelectorAll('select[data-autosubmit]').forEach((s) =>
    s.addEventListener('change', () => s.form.submit()));
  document.querySelectorAll('[data-copy]').forEach((b) =>
    b.addEventListener('click', () => {
      const target = document.getElementById(b.dataset.copy);
      if (target) navigator.clipboard?.writeText(target.value || target.textContent);
    }));
  // A translated "are you sure?" before deleting, disabling, revoking or changing a role.
  document.addEventListener('submit', (e) => {
    const form = e.target.closest('[data-confirm]') || e.submitter?.closest('[data-confirm]');
    if (form && !window.confirm(form.dataset.confirm)) e.preventDefault();
  }, true);
  queueKeys();
  liveQueue();
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

// The queue by keyboard: j/k move, Enter opens, a assigns to me, e resolves, r opens the reply.
function queueKeys() {
  const table = document.querySelector('table.queue');
  if (!table) return;
  let index = -1;
  const rows = () => Array.from(document.querySelectorAll('table.queue tbody tr'));
  const select = (i) => {
    const all = rows();
    if (!all.length) return;
    index = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((r, n) => { r.classList.toggle('selected', n === index); r.setAttribute('aria-selected', n === index); });
    all[index].focus();
  };
  const post = (url) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = url;
    const token = document.querySelector('meta[name="_csrf"]');
    if (token) {
      const input = document.createElement('input');
      input.type = 'hidden'; input.name = '_csrf'; input.value = token.content;
      form.appendChild(input);
    }
    document.body.appendChild(form);
    form.submit();
  };
  document.addEventListener('keydown', (e) => {
    if (e.target.closest('input, textarea, select') || e.ctrlKey || e.metaKey || e.altKey) return;
    const row = rows()[index];
    if (e.key === 'j') select(index + 1);
    else if (e.key === 'k') select(index - 1);
    else if (e.key === 'Enter' && row) window.location = row.dataset.href;
    else if (e.key === 'a' && row) post(row.dataset.href + '/assign-me');
    else if (e.key === 'e' && row) post(row.dataset.href + '/resolve');
    else if (e.key === 'r' && row) window.location = row.dataset.href + '#composer';
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

// The composer: a saved reply (filled in for this item) goes in at the cursor; Ctrl+Enter sends.
function composer() {
  const text = document.getElementById('composer');
  const saved = document.getElementById('saved-reply');
  if (!text) return;
  if (window.location.hash === '#composer') text.focus();
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); text.form.requestSubmit(); }
  });
  if (!saved) return;
  saved.addEventListener('change', async () => {
    if (!saved.value) return;
    const response = await fetch(saved.dataset.base + saved.value, { headers: { Accept: 'text/plain' } });
    if (response.ok) {
      const reply = await response.text();
      const at = text.selectionStart ?? text.value.length;
      text.value = text.value.slice(0, at) + reply + text.value.slice(text.selectionEnd ?? at);
      text.focus();
      text.selectionStart = text.selectionEnd = at + reply.length;
    }
    saved.value = '';
  });
}
