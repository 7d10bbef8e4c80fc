/**
 * *My sessions*: the signed-in account's own open sessions (kept in the database by
 * Spring Session, ADR 017), with a way to sign out everywhere else.
 */
package org.keywork.sessions;
