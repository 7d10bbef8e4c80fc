/**
 * Service users: the people Keywork's teams support. A person's page is the hub every later record hangs off;
 * keyworker history and peer links live here too.
 */
package org.keywork.serviceusers;
