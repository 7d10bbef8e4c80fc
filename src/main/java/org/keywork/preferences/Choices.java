package org.keywork.preferences;

import java.util.List;

import org.keywork.preferences.EngagementPreference.GroupWork;
import org.keywork.preferences.EngagementPreference.MeetAt;
import org.keywork.preferences.EngagementPreference.Paperwork;
import org.keywork.preferences.EngagementPreference.PeersVolunteers;
import org.keywork.preferences.EngagementPreference.Style;

/** The answers offered on the preferences form, for the template. */
public record Choices(List<MeetAt> meetAt, List<Style> style, List<Paperwork> paperwork, List<GroupWork> groupWork,
		List<PeersVolunteers> peersVolunteers) {

	static final Choices INSTANCE = new Choices(List.of(MeetAt.values()), List.of(Style.values()),
			List.of(Paperwork.values()), List.of(GroupWork.values()), List.of(PeersVolunteers.values()));

}
