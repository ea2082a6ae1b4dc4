// The assistant's draft on the item page: "Use the draft" puts its text in the reply composer (as a reply) and
// remembers which draft it was, so sending it records whether it went as drafted or edited.
(function () {
  const button = document.getElementById('use-draft');
  const source = document.getElementById('draft-source');
  const form = document.getElementById('reply-form');
  if (!button || !source || !form || button.dataset.ready) return;
  button.dataset.ready = '1';
  button.addEventListener('click', () => {
    const body = document.getElementById('composer');
    const reply = form.querySelector('input[name=kind][value=REPLY]');
    if (reply && !reply.checked) {
      reply.checked = true;
      reply.dispatchEvent(new Event('change'));
    }
    body.value = source.value;
    let draft = form.querySelector('input[name=draft]');
    if (!draft) {
      draft = document.createElement('input');
      draft.type = 'hidden';
      draft.name = 'draft';
      form.appendChild(draft);
    }
    draft.value = button.dataset.draft;
    body.focus();
    body.scrollIntoView({ block: 'center' });
  });
})();
