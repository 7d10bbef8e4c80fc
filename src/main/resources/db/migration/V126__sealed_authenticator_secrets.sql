-- Authenticator secrets are stored sealed (AES-GCM, "v1:" and base64 of nonce, ciphertext and tag) when
-- keywork.second-factor.secret-key is set (ADR 018): longer than the base32 secret itself.
alter table totp_credential alter column secret type varchar(200);
