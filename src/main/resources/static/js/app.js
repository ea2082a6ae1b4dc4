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
});
