package org.keywork.referrals;

import java.util.List;

/** An agency in the directory, with its services and named contacts. */
public record Agency(Long id, String name, AgencyKind kind, String address, String phone, String email, String website,
		boolean active, int version, List<Service> services, List<Contact> contacts) {

	public Agency {
		services = List.copyOf(services);
		contacts = List.copyOf(contacts);
	}

	/** The services still offered. */
	public List<Service> activeServices() {
		return this.services.stream().filter(Service::active).toList();
	}

	/** A service the agency offers (taken out of use rather than deleted). */
	public record Service(Long id, Long agencyId, String name, boolean active) {
	}

	/** A named person to contact at the agency. */
	public record Contact(String name, String role, String phone, String email) {
	}

}
