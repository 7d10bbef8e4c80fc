package org.keywork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in every {@link KeyworkTest}: the system clock, until a test
 * moves it. Date rules are tested by moving this clock, never by reading the wall clock.
 * The context is shared by every test class, so a test that moves time does it in a
 * {@code try (TestClock.Moved moved = clock.movedBy(...))} block, which puts it back.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private final Clock system = Clock.systemDefaultZone();

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.system.withZone(zone), this.offset.get());
	}

	@Override
	public Instant instant() {
		return this.system.instant().plus(this.offset.get());
	}

	/**
	 * Moves the application's time on (or back, with a negative amount) until the
	 * returned handle is closed.
	 */
	public Moved movedBy(Duration amount) {
		Duration before = this.offset.getAndUpdate(current -> current.plus(amount));
		return () -> this.offset.set(before);
	}

	/** Puts the clock back where it was. */
	@FunctionalInterface
	public interface Moved extends AutoCloseable {

		@Override
		void close();

	}

}
