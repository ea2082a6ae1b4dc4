// The item page's team features: tell the others while I have the reply box open (a heartbeat every 15 s; gone when
// I close it, send or leave), hear over the live stream when someone else starts or stops, and suggest colleagues
// after an @ in the note box.
(() => {
  // forms with data-confirm (merge) ask first through app.js's one handler for the whole site
  const box = document.getElementById('collision');
  if (!box) return;
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');

  const say = (state, beacon) => {
    // form-encoded, so the CSRF token is read from the body before any multipart parsing
    const body = new URLSearchParams({ state });
    if (token) body.append('_csrf', token.content);
    if (beacon && navigator.sendBeacon) navigator.sendBeacon(box.dataset.presence, body);
    else fetch(box.dataset.presence, { method: 'POST', body, keepalive: true,
      headers: token && header ? { [header.content]: token.content } : {} }).catch(() => {});
  };

  const composer = document.getElementById('composer');
  if (composer) {
    let beat = null;
    const start = () => {
      if (beat) return;
      say('replying');
      beat = setInterval(() => say('replying'), 15000);
    };
    const stop = (beacon) => {
      if (!beat) return;
      clearInterval(beat);
      beat = null;
      say('left', beacon);
    };
    composer.addEventListener('focus', start);
    composer.addEventListener('input', start);
    composer.addEventListener('blur', () => { if (!composer.value.trim()) stop(false); });
    composer.form.addEventListener('submit', () => stop(true));
    window.addEventListener('pagehide', () => stop(true));
    if (document.activeElement === composer) start();
  }

  if (window.EventSource && box.dataset.stream) {
    const source = new EventSource(box.dataset.stream);
    source.addEventListener('presence-changed', (e) => {
      if (e.data === box.dataset.item) document.body.dispatchEvent(new Event('presence-changed'));
    });
    window.addEventListener('pagehide', () => source.close());
  }

  mentions(document.getElementById('note'), (box.dataset.members || '').split('|').filter(Boolean));
})();

// @ in the note box: a short list of colleagues whose name starts with what follows; Enter or a click inserts it.
function mentions(text, names) {
  if (!text || !names.length) return;
  const fold = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const menu = document.createElement('ul');
  menu.className = 'mention-menu';
  menu.setAttribute('role', 'listbox');
  menu.hidden = true;
  text.insertAdjacentElement('afterend', menu);
  let active = 0;
  const query = () => {
    const before = text.value.slice(0, text.selectionStart);
    const m = before.match(/(^|[^\p{L}\p{N}._%+-])@([\p{L}\p{N}._-]*)$/u);
    return m ? { at: before.length - m[2].length, q: fold(m[2]) } : null;
  };
  const choose = (name) => {
    const q = query();
    if (!q) return;
    const handle = name.trim().split(/\s+/).join('.');
    text.value = text.value.slice(0, q.at) + handle + ' ' + text.value.slice(text.selectionStart);
    text.selectionStart = text.selectionEnd = q.at + handle.length + 1;
    menu.hidden = true;
    text.focus();
  };
  const show = () => {
    const q = query();
    const found = q ? names.filter((n) => fold(n).split(/\s+/).some((w) => w.startsWith(q.q))
      || fold(n).replace(/\s+/g, '.').startsWith(q.q)).slice(0, 6) : [];
    menu.replaceChildren(...found.map((n, i) => {
      const li = document.createElement('li');
      li.textContent = n;
      li.setAttribute('role', 'option');
      if (i === active) li.classList.add('active');
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(n); });
      return li;
    }));
    menu.hidden = !found.length;
  };
  text.addEventListener('input', () => { active = 0; show(); });
  text.addEventListener('blur', () => { menu.hidden = true; });
  text.addEventListener('keydown', (e) => {
    if (menu.hidden) return;
    const items = menu.querySelectorAll('li');
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      show();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      choose(items[active].textContent);
    } else if (e.key === 'Escape') {
      menu.hidden = true;
    } else return;
    e.preventDefault();
  });
}
