/**
 * Service users: the people Keywork's teams support. A person's page is the hub every
 * later record hangs off; their keyworker ({@link org.keywork.serviceusers.Keyworkers})
 * and peer links (PeerLinks) live here too.
 */
package org.keywork.serviceusers;
