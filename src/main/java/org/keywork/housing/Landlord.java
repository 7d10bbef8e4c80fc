package org.keywork.housing;

import java.util.List;

/** A landlord, shared across people, with its named contacts. */
public record Landlord(Long id, String name, LandlordKind kind, boolean active, int version, List<Contact> contacts) {

	public Landlord {
		contacts = List.copyOf(contacts);
	}

	/** A named person to contact at the landlord. */
	public record Contact(String name, String role, String phone, String email) {
	}

}
