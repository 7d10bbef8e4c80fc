// Keeps a contact note that is being typed on this device (localStorage) until the server has saved it, so a
// dropped signal or an expired session does not lose it. Loaded by the note form and by the saved-note page.
//   form:  <form data-draft-form data-draft-key="...">  + a hidden panel [data-draft-panel]
//   saved: <div data-clear-draft data-draft-key="...">  (the page a successful save redirects to)
// Drafts older than a week are forgotten, and signing out forgets them all.

const PREFIX = 'keywork.contact-note.';
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const SKIP = new Set(['_csrf', 'version']);

function storage() {
  try {
    const s = window.localStorage;
    const probe = PREFIX + 'probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch (e) {
    return null; // private mode or storage disabled: the form still works, without drafts
  }
}

function read(store, key) {
  try {
    const draft = JSON.parse(store.getItem(key));
    if (!draft || typeof draft.savedAt !== 'number' || Date.now() - draft.savedAt > MAX_AGE_MS) {
      store.removeItem(key);
      return null;
    }
    return draft;
  } catch (e) {
    store.removeItem(key);
    return null;
  }
}

function fieldsOf(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name || SKIP.has(el.name) || el.name.startsWith('_') || el.type === 'hidden' || el.type === 'submit') {
      continue;
    }
    if (el.type === 'radio') {
      if (el.checked) {
        values[el.name] = el.value;
      } else if (!(el.name in values)) {
        values[el.name] = '';
      }
      continue;
    }
    values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
  }
  return values;
}

function apply(form, values) {
  for (const el of form.elements) {
    if (!el.name || !(el.name in values)) {
      continue;
    }
    if (el.type === 'radio') {
      el.checked = el.value === values[el.name];
    } else if (el.type === 'checkbox') {
      el.checked = Boolean(values[el.name]);
      el.dispatchEvent(new Event('click', { bubbles: true })); // let the conditional reveal follow
      el.checked = Boolean(values[el.name]);
    } else {
      el.value = values[el.name];
    }
  }
  const details = form.querySelector('details');
  if (details && ['miEngaging', 'miFocusing', 'miEvoking', 'miPlanning'].some((n) => values[n])) {
    details.open = true;
  }
}

function sameAsForm(form, values) {
  const now = fieldsOf(form);
  return Object.keys(values).every((k) => String(now[k]) === String(values[k]));
}

function hasText(values) {
  return ['note', 'location', 'othersPresent', 'miEngaging', 'miFocusing', 'miEvoking', 'miPlanning']
    .some((n) => values[n] && String(values[n]).trim() !== '');
}

function formatTime(ms) {
  const when = new Date(ms);
  const today = new Date();
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return when.toDateString() === today.toDateString()
    ? time
    : when.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }) + ', ' + time;
}

function initForm(store, form) {
  const key = form.dataset.draftKey;
  const panel = document.querySelector('[data-draft-panel]');
  const saved = read(store, key);

  if (saved && panel && !sameAsForm(form, saved.fields)) {
    panel.querySelector('[data-draft-time]').textContent = formatTime(saved.savedAt);
    panel.hidden = false;
    panel.querySelector('[data-draft-restore]').addEventListener('click', () => {
      apply(form, saved.fields);
      panel.hidden = true;
      form.querySelector('textarea[name="note"]')?.focus();
    });
    panel.querySelector('[data-draft-discard]').addEventListener('click', () => {
      store.removeItem(key);
      panel.hidden = true;
    });
  }

  let timer = null;
  const save = () => {
    timer = null;
    const fields = fieldsOf(form);
    if (hasText(fields)) {
      store.setItem(key, JSON.stringify({ savedAt: Date.now(), fields }));
    }
  };
  const soon = () => {
    if (timer === null) {
      timer = window.setTimeout(save, 400);
    }
  };
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
  // also keep it at the moment of sending: the request may not arrive
  form.addEventListener('submit', save);
  window.addEventListener('pagehide', save);
}

const store = storage();
if (store) {
  for (const done of document.querySelectorAll('[data-clear-draft]')) {
    store.removeItem(done.dataset.draftKey);
  }
  const form = document.querySelector('form[data-draft-form]');
  if (form) {
    initForm(store, form);
  }
}
