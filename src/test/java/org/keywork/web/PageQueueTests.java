package org.keywork.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are let in a fixed number at a time, in the order they arrived, and one that
 * waits too long is turned away.
 */
class PageQueueTests {

	/** Waits until the thread is parked (waiting for its turn, or holding one). */
	private static void awaitParked(Thread thread) throws InterruptedException {
		for (int i = 0; i < 500 && thread.getState() != Thread.State.WAITING
				&& thread.getState() != Thread.State.TIMED_WAITING; i++) {
			Thread.sleep(10);
		}
		assertThat(thread.getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
	}

	@Test
	void letsInTheRestInArrivalOrder() throws Exception {
		// one turn, so the order they are served in is the order they entered
		PageQueue queue = new PageQueue(1, 10_000);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		List<Integer> served = Collections.synchronizedList(new ArrayList<>());
		List<Thread> pages = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			int page = i;
			Thread thread = new Thread(() -> {
				if (!queue.enter()) {
					return;
				}
				try {
					mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
					served.add(page);
					release.await(10, TimeUnit.SECONDS);
					inside.decrementAndGet();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					queue.leave();
				}
			});
			thread.start();
			// each arrives after the one before is holding its turn or waiting for one
			awaitParked(thread);
			pages.add(thread);
		}
		assertThat(served).containsExactly(0);
		assertThat(queue.free()).isZero();

		release.countDown();
		for (Thread thread : pages) {
			thread.join(10_000);
		}
		assertThat(mostInside.get()).isEqualTo(1);
		assertThat(served).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(queue.free()).isEqualTo(1);
	}

	@Test
	void aPageJustArrivedDoesNotGoAheadOfOneWaiting() throws Exception {
		PageQueue queue = new PageQueue(1, 200);
		assertThat(queue.enter()).isTrue();
		CountDownLatch done = new CountDownLatch(1);
		Thread waiting = new Thread(() -> {
			if (queue.enter()) {
				try {
					done.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					queue.leave();
				}
			}
		});
		waiting.start();
		awaitParked(waiting);

		// the turn handed back goes to the page that was waiting, not to the one asking
		// now
		queue.leave();
		assertThat(queue.enter()).isFalse();

		done.countDown();
		waiting.join(10_000);
		assertThat(queue.enter()).isTrue();
	}

	@Test
	void letsInAtMostItsSize() {
		PageQueue queue = new PageQueue(2, 50);
		assertThat(queue.enter()).isTrue();
		assertThat(queue.enter()).isTrue();
		assertThat(queue.enter()).isFalse();
		queue.leave();
		assertThat(queue.enter()).isTrue();
	}

	@Test
	void aPageThatWaitsTooLongIsTurnedAwayAndTheTurnStaysForTheNext() {
		PageQueue queue = new PageQueue(1, 100);
		assertThat(queue.enter()).isTrue();
		long start = System.nanoTime();
		assertThat(queue.enter()).as("no turn while the only one is held").isFalse();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("waited for it first")
			.isGreaterThanOrEqualTo(90);
		queue.leave();
		assertThat(queue.enter()).isTrue();
		assertThat(queue.size()).isEqualTo(1);
	}

}
