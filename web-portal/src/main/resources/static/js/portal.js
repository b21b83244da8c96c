// Portal behaviour: CSRF header for htmx, upload progress, no double submit.
(function () {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Upload progress bar of a form marked data-progress="<id of a progress element>".
  document.body.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('form[data-progress]') : null;
    if (!form || !event.detail.lengthComputable) {
      return;
    }
    var bar = document.getElementById(form.dataset.progress);
    if (bar) {
      var percent = Math.round((event.detail.loaded / event.detail.total) * 100);
      bar.hidden = false;
      bar.querySelector('.progress-bar').style.width = percent + '%';
      bar.querySelector('.progress-bar').textContent = percent + '%';
      bar.setAttribute('aria-valuenow', String(percent));
    }
  });
  // One click sends a form once: its submit buttons are disabled while it is being sent.
  function lock(form, locked) {
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.disabled = locked;
    });
  }
  document.body.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sending === 'true') {
      event.preventDefault();
      return;
    }
    if (!form.hasAttribute('hx-post')) {
      form.dataset.sending = 'true';
      setTimeout(function () { lock(form, true); }, 0);
    }
  });
  document.body.addEventListener('htmx:beforeRequest', function (event) {
    if (event.target.tagName === 'FORM') {
      lock(event.target, true);
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (event) {
    if (event.target.tagName === 'FORM' && document.body.contains(event.target)) {
      lock(event.target, false);
    }
  });
  // Show chosen file names (with sizes) under a file input.
  document.body.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'file' || !input.dataset.list) {
      return;
    }
    var list = document.getElementById(input.dataset.list);
    list.innerHTML = '';
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      item.textContent = file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)';
      list.appendChild(item);
    });
  });
})();
