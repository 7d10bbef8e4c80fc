/**
 * The service-user portal: what the service holds about a person, shown to them in plain
 * language (only what is shared with them), their own words on their plans, marking their
 * own steps done, and getting people into the portal with a one-time activation code.
 */
package org.keywork.portal;
