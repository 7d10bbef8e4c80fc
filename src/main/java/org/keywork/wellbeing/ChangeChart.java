package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.util.List;

import org.keywork.wellbeing.TeamWellbeing.ScaleChange;

/**
 * The geometry of the team's change in one scale (ADR 012): two horizontal bars on the
 * scale's whole range, the average first score (outlined) and the average latest score
 * (solid), each with its value written at its end, so it reads without colour. Drawn as
 * SVG in a {@value #WIDTH} by {@value #HEIGHT} view box.
 */
public record ChangeChart(Scale scale, Bar first, Bar latest) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 130;

	/** Where the bars start (room for their labels on the left). */
	public static final int LEFT = 150;

	/** Where the scale's highest score is (room for the value on the right). */
	public static final int RIGHT = WIDTH - 70;

	public static final int BAR_HEIGHT = 30;

	/** The axis line under the bars. */
	public static final int AXIS = 100;

	/** One bar: its top, its length, and where its value is written. */
	public record Bar(BigDecimal value, String valueText, double y, double width, double valueX) {
	}

	static ChangeChart of(ScaleChange change) {
		return new ChangeChart(change.scale(), bar(change.scale(), change.averageFirst(), 20),
				bar(change.scale(), change.averageLatest(), 60));
	}

	static Bar bar(Scale scale, BigDecimal value, double y) {
		double share = (value.doubleValue() - scale.minimum()) / (scale.maximum() - scale.minimum());
		double width = Math.max(2, Math.round((RIGHT - LEFT) * Math.min(1, Math.max(0, share)) * 10) / 10.0);
		return new Bar(value, value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), y, width,
				LEFT + width + 6);
	}

	/** The geometry's constants, for the template. */
	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int axis() {
		return AXIS;
	}

	public List<Bar> bars() {
		return List.of(this.first, this.latest);
	}

}
