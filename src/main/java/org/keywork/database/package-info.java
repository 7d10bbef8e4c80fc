/**
 * Where Keywork's PostgreSQL comes from: the configured server, or an embedded one for
 * local runs and tests.
 */
package org.keywork.database;
