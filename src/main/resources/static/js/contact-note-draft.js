// Keeps a contact note that is being typed on this device (localStorage) until the server has saved it, so a
// dropped signal or a page closed by mistake does not lose it. Loaded by the note form and by the saved-note page.
//   form:  <form data-draft-form data-draft-key="..." data-draft-session="...">  + a hidden panel [data-draft-panel]
//   saved: <div data-clear-draft data-draft-key="...">  (the page a successful save redirects to)
// A draft belongs to the signed-in session that wrote it: each draft carries that session's random draft token
// (not the session id), and a form opened in any other session discards every draft that carries another token, so
// a draft never outlives its session on a shared device. Drafts older than a week are forgotten, and signing out
// forgets them all (keywork.js).

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

function read(store, key, session) {
  try {
    const draft = JSON.parse(store.getItem(key));
    if (!draft || typeof draft.savedAt !== 'number' || Date.now() - draft.savedAt > MAX_AGE_MS
      || draft.session !== session) {
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

// Forgets every draft written in another session (an ended one, or someone else's on this device).
function discardOtherSessions(store, session) {
  const keys = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k && k.startsWith(PREFIX)) {
      keys.push(k);
    }
  }
  keys.forEach((k) => read(store, k, session));
}

function initForm(store, form) {
  const key = form.dataset.draftKey;
  const session = form.dataset.draftSession;
  if (!session) {
    return; // no session token: keep nothing
  }
  discardOtherSessions(store, session);
  const panel = document.querySelector('[data-draft-panel]');
  const saved = read(store, key, session);

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
  let signingOut = false;
  const save = () => {
    timer = null;
    if (signingOut) {
      return; // signing out forgets drafts (keywork.js): leaving the page must not write this one back
    }
    const fields = fieldsOf(form);
    if (hasText(fields)) {
      store.setItem(key, JSON.stringify({ savedAt: Date.now(), session, fields }));
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
  for (const signOut of document.querySelectorAll('form[action$="/logout"]')) {
    signOut.addEventListener('submit', () => {
      signingOut = true;
      if (timer !== null) {
        window.clearTimeout(timer);
        timer = null;
      }
      store.removeItem(key);
    });
  }
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
