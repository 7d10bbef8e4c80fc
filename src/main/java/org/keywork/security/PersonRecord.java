package org.keywork.security;

/**
 * What the access policy needs to know about a service user's record to decide who may
 * see it. Implemented by the service-user entity, so the policy does not depend on any
 * capability package.
 */
public interface PersonRecord {

	Long getId();

	Long getTeamId();

	Long getKeyworkerId();

}
