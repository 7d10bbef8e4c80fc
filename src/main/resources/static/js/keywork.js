// Keywork's only script entry point (no inline script: the Content-Security-Policy forbids it).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported', 'js-enabled');
initAll();
