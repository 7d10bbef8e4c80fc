package org.keywork.preferences;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.keywork.preferences.EngagementPreference.GroupWork;
import org.keywork.preferences.EngagementPreference.MeetAt;
import org.keywork.preferences.EngagementPreference.Paperwork;
import org.keywork.preferences.EngagementPreference.PeersVolunteers;
import org.keywork.preferences.EngagementPreference.Style;

import org.springframework.util.StringUtils;

/**
 * Recording a person's engagement preferences, by staff or by the person. Every answer is
 * optional ("not recorded"); {@code version} is the one read with the form, null when
 * nothing was recorded yet.
 */
class PreferencesForm {

	private List<MeetAt> meetAt = new ArrayList<>();

	@Size(max = 300, message = "{preferences.bestTimes.size}")
	private String bestTimes;

	private Style style;

	private Paperwork paperwork;

	private GroupWork groupWork;

	private PeersVolunteers peersVolunteers;

	@Size(max = 1000, message = "{preferences.other.size}")
	private String other;

	private Long version;

	static PreferencesForm of(EngagementPreference saved) {
		PreferencesForm form = new PreferencesForm();
		if (saved != null) {
			form.meetAt = new ArrayList<>(saved.places());
			form.bestTimes = saved.bestTimes();
			form.style = saved.style();
			form.paperwork = saved.paperwork();
			form.groupWork = saved.groupWork();
			form.peersVolunteers = saved.peersVolunteers();
			form.other = saved.other();
			form.version = saved.version();
		}
		return form;
	}

	/**
	 * After a conflict: keeps what was typed but takes the version saved now, so that
	 * saving again replaces it on purpose.
	 * @return the preferences saved now, or null
	 */
	EngagementPreference rebase(EngagementPreference current) {
		this.version = current == null ? null : current.version();
		return current;
	}

	/** What was typed, as preferences to save (who and when are set by the service). */
	EngagementPreference answers() {
		Set<MeetAt> places = EnumSet.noneOf(MeetAt.class);
		if (this.meetAt != null) {
			this.meetAt.stream().filter(m -> m != null).forEach(places::add);
		}
		return new EngagementPreference(places, blankToNull(this.bestTimes), this.style, this.paperwork, this.groupWork,
				this.peersVolunteers, blankToNull(this.other), null, null, false, 0);
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	public List<MeetAt> getMeetAt() {
		return this.meetAt;
	}

	public void setMeetAt(List<MeetAt> meetAt) {
		this.meetAt = meetAt == null ? new ArrayList<>() : meetAt;
	}

	public String getBestTimes() {
		return this.bestTimes;
	}

	public void setBestTimes(String bestTimes) {
		this.bestTimes = bestTimes;
	}

	public Style getStyle() {
		return this.style;
	}

	public void setStyle(Style style) {
		this.style = style;
	}

	public Paperwork getPaperwork() {
		return this.paperwork;
	}

	public void setPaperwork(Paperwork paperwork) {
		this.paperwork = paperwork;
	}

	public GroupWork getGroupWork() {
		return this.groupWork;
	}

	public void setGroupWork(GroupWork groupWork) {
		this.groupWork = groupWork;
	}

	public PeersVolunteers getPeersVolunteers() {
		return this.peersVolunteers;
	}

	public void setPeersVolunteers(PeersVolunteers peersVolunteers) {
		this.peersVolunteers = peersVolunteers;
	}

	public String getOther() {
		return this.other;
	}

	public void setOther(String other) {
		this.other = other;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
