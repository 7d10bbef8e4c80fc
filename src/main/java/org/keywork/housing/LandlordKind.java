package org.keywork.housing;

/** What kind of organisation a landlord is. Labels: {@code landlord.kind.<NAME>}. */
public enum LandlordKind {

	COUNCIL, HOUSING_ASSOCIATION, PRIVATE, CHARITY, OTHER

}
