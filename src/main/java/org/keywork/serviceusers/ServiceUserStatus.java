package org.keywork.serviceusers;

/** Where a person is in their time with the service. */
enum ServiceUserStatus {

	/** Referred, support not yet started. */
	REFERRED,
	/** Being supported. */
	ACTIVE,
	/**
	 * Has left the service (for more independent housing or otherwise); keeps a move-on
	 * reason.
	 */
	MOVED_ON

}
