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
  queueKeys();
  liveQueue();
  composer();
});

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
