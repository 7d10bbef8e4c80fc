// Keywork's only script entry point (no inline script: the Content-Security-Policy forbids it).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported', 'js-enabled');
initAll();

// Signing out on purpose forgets contact-note drafts kept on this device (see contact-note-draft.js).
for (const signOut of document.querySelectorAll('form[action$="/logout"]')) {
  signOut.addEventListener('submit', () => {
    try {
      Object.keys(window.localStorage)
        .filter((key) => key.startsWith('keywork.contact-note.'))
        .forEach((key) => window.localStorage.removeItem(key));
    } catch (e) {
      // storage unavailable: nothing was kept
    }
  });
}
