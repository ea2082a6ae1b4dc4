// The header's search box: "/" focuses it from anywhere except while typing in a field.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target;
  if (target.closest && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  const box = document.getElementById('site-search');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
