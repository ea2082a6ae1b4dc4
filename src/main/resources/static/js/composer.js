// The item's composer: choosing reply, reply-all, forward or new e-mail fills To and Cc the way that kind starts
// (what the person typed is kept), and shows the subject (new e-mail) or the message and attachments to forward.
(function () {
  const form = document.getElementById('reply-form');
  if (!form || form.dataset.composer) return;
  form.dataset.composer = '1';
  const to = document.getElementById('compose-to');
  const cc = document.getElementById('compose-cc');
  const subject = document.getElementById('compose-subject-field');
  const forward = document.getElementById('compose-forward');
  let filled = { to: to.value, cc: cc.value };
  // forwarding a message includes its own attachments; the person may untick them
  const message = document.getElementById('compose-message');
  if (message) {
    message.addEventListener('change', () => {
      form.querySelectorAll('input[name=original]').forEach((box) => {
        box.checked = box.dataset.message === message.value;
      });
    });
  }
  form.querySelectorAll('input[name=kind]').forEach((radio) => {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      if (to.value === filled.to) to.value = radio.dataset.to || '';
      if (cc.value === filled.cc) cc.value = radio.dataset.cc || '';
      filled = { to: to.value, cc: cc.value };
      if (subject) subject.hidden = radio.value !== 'NEW';
      if (forward) forward.hidden = radio.value !== 'FORWARD';
    });
  });
})();
