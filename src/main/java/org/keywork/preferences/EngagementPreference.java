package org.keywork.preferences;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.StringUtils;

/**
 * What a person has said about how they like to be supported: one row per person, the
 * latest answers.
 *
 * @param changedBy who last changed them, or null when the reader may not see the name
 * @param byThePerson whether the person changed them last themself (in the portal)
 */
public record EngagementPreference(Set<MeetAt> meetAt, String bestTimes, Style style, Paperwork paperwork,
		GroupWork groupWork, PeersVolunteers peersVolunteers, String other, Instant changedAt, String changedBy,
		boolean byThePerson, long version) {

	/** Where and how to meet; stored comma-separated in {@code meet_at}. */
	public enum MeetAt {

		HOME, CAFE, OFFICE, OUTDOORS, PHONE, VIDEO

	}

	public enum Style {

		FORMAL, INFORMAL, NO_PREFERENCE

	}

	public enum Paperwork {

		AS_LITTLE_AS_POSSIBLE, HAPPY_WITH_IT, NO_PREFERENCE

	}

	public enum GroupWork {

		ONE_TO_ONE, GROUP, EITHER

	}

	public enum PeersVolunteers {

		WELCOME, STAFF_ONLY, NO_PREFERENCE

	}

	/** Places in the order of {@link MeetAt}, for display. */
	public List<MeetAt> places() {
		return this.meetAt.stream().sorted().toList();
	}

	/** Whether nothing at all was answered. */
	public boolean isBlank() {
		return this.meetAt.isEmpty() && !StringUtils.hasText(this.bestTimes) && this.style == null
				&& this.paperwork == null && this.groupWork == null && this.peersVolunteers == null
				&& !StringUtils.hasText(this.other);
	}

	static Set<MeetAt> parsePlaces(String stored) {
		if (!StringUtils.hasText(stored)) {
			return EnumSet.noneOf(MeetAt.class);
		}
		return Arrays.stream(stored.split(","))
			.map(String::strip)
			.filter(value -> Arrays.stream(MeetAt.values()).anyMatch(m -> m.name().equals(value)))
			.map(MeetAt::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(MeetAt.class)));
	}

	static String storePlaces(Set<MeetAt> places) {
		return places == null || places.isEmpty() ? null
				: places.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

}
