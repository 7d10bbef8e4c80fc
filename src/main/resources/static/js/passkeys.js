// Passkeys (ADR 019), progressive enhancement: the passkey parts of the sign-in page and of
// "Your passkeys" stay hidden unless this browser can use passkeys. The ceremonies are
// Spring Security's: /webauthn/register/options + /webauthn/register to add one,
// /webauthn/authenticate/options + /login/webauthn to sign in. The CSRF token comes from
// the data attributes of the passkey part of the page (no inline script: CSP).

const base64url = {
  encode(buffer) {
    const base64 = window.btoa(String.fromCharCode(...new Uint8Array(buffer)));
    return base64.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  },
  decode(value) {
    const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const binary = window.atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }
};

function supported() {
  return !!(window.PublicKeyCredential && navigator.credentials && navigator.credentials.create);
}

async function post(url, box, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  headers[box.dataset.csrfHeader] = box.dataset.csrfToken;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) {
    const error = new Error('HTTP ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

// The error summary is a GOV.UK error summary only while it shows: a page has at most one
// (the sign-in page's own, for a wrong password, is another).
function showError(message) {
  const summary = document.getElementById('passkey-error');
  document.getElementById('passkey-error-message').textContent = message;
  summary.classList.add('govuk-error-summary');
  summary.hidden = false;
  summary.focus();
}

function hideError() {
  const summary = document.getElementById('passkey-error');
  summary.hidden = true;
  summary.classList.remove('govuk-error-summary');
}

function descriptors(list) {
  return (list || []).map((c) => ({ ...c, id: base64url.decode(c.id) }));
}

async function signIn(box) {
  const options = await post('/webauthn/authenticate/options', box);
  const credential = await navigator.credentials.get({
    publicKey: {
      ...options,
      challenge: base64url.decode(options.challenge),
      allowCredentials: descriptors(options.allowCredentials)
    }
  });
  const response = credential.response;
  const result = await post('/login/webauthn', box, {
    id: credential.id,
    rawId: base64url.encode(credential.rawId),
    response: {
      authenticatorData: base64url.encode(response.authenticatorData),
      clientDataJSON: base64url.encode(response.clientDataJSON),
      signature: base64url.encode(response.signature),
      userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
    },
    credType: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment
  });
  if (!(result && result.authenticated)) {
    throw new Error('not authenticated');
  }
  // only ever a path on this server
  const target = result.redirectUrl && result.redirectUrl.startsWith('/') && !result.redirectUrl.startsWith('//')
    ? result.redirectUrl : box.dataset.homeUrl;
  window.location.assign(target);
}

async function register(box, label) {
  const options = await post('/webauthn/register/options', box);
  const credential = await navigator.credentials.create({
    publicKey: {
      ...options,
      user: { ...options.user, id: base64url.decode(options.user.id) },
      challenge: base64url.decode(options.challenge),
      excludeCredentials: descriptors(options.excludeCredentials)
    }
  });
  const response = credential.response;
  const result = await post('/webauthn/register', box, {
    publicKey: {
      credential: {
        id: credential.id,
        rawId: base64url.encode(credential.rawId),
        response: {
          attestationObject: base64url.encode(response.attestationObject),
          clientDataJSON: base64url.encode(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      },
      label
    }
  });
  if (!(result && result.success)) {
    throw new Error('not registered');
  }
  window.location.assign(box.dataset.doneUrl);
}

function setUpSignIn(box) {
  const button = document.getElementById('passkey-sign-in-button');
  box.hidden = false;
  button.addEventListener('click', async () => {
    hideError();
    button.disabled = true;
    try {
      await signIn(box);
    } catch (err) {
      console.error(err);
      showError(box.dataset.messageFailed);
      button.disabled = false;
    }
  });
}

function setUpRegistration(box) {
  const button = document.getElementById('passkey-add-button');
  const input = document.getElementById('passkey-label');
  const group = document.getElementById('passkey-label-group');
  const unsupported = document.getElementById('passkey-unsupported');
  if (unsupported) {
    unsupported.hidden = true;
  }
  box.hidden = false;
  button.addEventListener('click', async () => {
    hideError();
    group.classList.remove('govuk-form-group--error');
    input.classList.remove('govuk-input--error');
    const label = input.value.trim();
    if (!label || label.length > 60) {
      group.classList.add('govuk-form-group--error');
      input.classList.add('govuk-input--error');
      showError(!label ? box.dataset.messageLabel : box.dataset.messageLabelLong);
      return;
    }
    button.disabled = true;
    try {
      await register(box, label);
    } catch (err) {
      console.error(err);
      if (err.status === 403) {
        // "confirm it's you" ran out (ADR 018): the page asks for the password again
        window.location.reload();
        return;
      }
      showError(box.dataset.messageFailed);
      button.disabled = false;
    }
  });
}

if (supported()) {
  const signInBox = document.getElementById('passkey-sign-in');
  if (signInBox) {
    setUpSignIn(signInBox);
  }
  const addBox = document.getElementById('passkey-add');
  if (addBox) {
    setUpRegistration(addBox);
  }
}
