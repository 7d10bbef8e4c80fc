package org.keywork.housing;

/** The form of accommodation of an episode. Labels: {@code housing.kind.<NAME>}. */
public enum AccommodationKind {

	ROUGH_SLEEPING, NIGHT_SHELTER, HOSTEL, TEMPORARY_ACCOMMODATION, SUPPORTED_HOUSING, HOUSING_FIRST_TENANCY,
	PRIVATE_RENTED, SOCIAL_RENTED, FAMILY_OR_FRIENDS, HOSPITAL, PRISON, OTHER

}
