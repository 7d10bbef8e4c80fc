package org.keywork.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are let in a fixed number at a time, in the order they arrived; one that waits
 * too long is told the server is busy; static resources never wait.
 */
class RequestQueueFilterTests {

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}

	/** Starts a thread that sends the request through the filter. */
	private static Thread send(RequestQueueFilter filter, String path, FilterChain chain,
			MockHttpServletResponse response) {
		Thread thread = new Thread(() -> {
			try {
				filter.doFilter(get(path), response, chain);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		thread.start();
		return thread;
	}

	/** Waits until the thread is parked (waiting for its turn or inside the chain). */
	private static void awaitWaiting(Thread thread) throws InterruptedException {
		for (int i = 0; i < 500 && thread.getState() != Thread.State.WAITING
				&& thread.getState() != Thread.State.TIMED_WAITING; i++) {
			Thread.sleep(10);
		}
		assertThat(thread.getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
	}

	@Test
	void admitsAtMostTheLimitAndTheRestInArrivalOrder() throws Exception {
		RequestQueueFilter filter = new RequestQueueFilter(2, 10_000);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		List<String> order = Collections.synchronizedList(new ArrayList<>());
		FilterChain chain = (request, response) -> {
			int now = inside.incrementAndGet();
			mostInside.accumulateAndGet(now, Math::max);
			order.add(((jakarta.servlet.http.HttpServletRequest) request).getRequestURI());
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inside.decrementAndGet();
		};
		List<Thread> threads = new ArrayList<>();
		// two take the turns, then five queue one after another
		for (int i = 0; i < 7; i++) {
			Thread thread = send(filter, "/page/" + i, chain, new MockHttpServletResponse());
			awaitWaiting(thread);
			threads.add(thread);
		}
		assertThat(order).containsExactly("/page/0", "/page/1");
		release.countDown();
		for (Thread thread : threads) {
			thread.join(10_000);
		}
		assertThat(mostInside.get()).isEqualTo(2);
		assertThat(order).containsExactly("/page/0", "/page/1", "/page/2", "/page/3", "/page/4", "/page/5", "/page/6");
	}

	@Test
	void aRequestThatWaitsTooLongIsToldTheServerIsBusy() throws Exception {
		RequestQueueFilter filter = new RequestQueueFilter(1, 200);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger served = new AtomicInteger();
		FilterChain chain = (request, response) -> {
			served.incrementAndGet();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		MockHttpServletResponse first = new MockHttpServletResponse();
		Thread holder = send(filter, "/caseload", chain, first);
		awaitWaiting(holder);

		MockHttpServletResponse second = new MockHttpServletResponse();
		filter.doFilter(get("/caseload"), second, chain);

		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(served.get()).isEqualTo(1);
		release.countDown();
		holder.join(10_000);
		assertThat(first.getStatus()).isEqualTo(200);

		// the turn given back is there for the next request
		MockHttpServletResponse third = new MockHttpServletResponse();
		filter.doFilter(get("/caseload"), third, (request, response) -> served.incrementAndGet());
		assertThat(third.getStatus()).isEqualTo(200);
		assertThat(served.get()).isEqualTo(2);
	}

	@Test
	void staticResourcesDoNotWait() throws Exception {
		RequestQueueFilter filter = new RequestQueueFilter(1, 200);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = send(filter, "/caseload", (request, response) -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, new MockHttpServletResponse());
		awaitWaiting(holder);

		AtomicInteger served = new AtomicInteger();
		MockHttpServletResponse stylesheet = new MockHttpServletResponse();
		filter.doFilter(get("/css/keywork.css"), stylesheet, (request, response) -> served.incrementAndGet());

		assertThat(stylesheet.getStatus()).isEqualTo(200);
		assertThat(served.get()).isEqualTo(1);
		release.countDown();
		holder.join(10_000);
	}

	@Test
	void aFailingRequestGivesItsTurnBack() throws Exception {
		RequestQueueFilter filter = new RequestQueueFilter(1, 200);
		try {
			filter.doFilter(get("/caseload"), new MockHttpServletResponse(), (request, response) -> {
				throw new IllegalStateException("the page failed");
			});
		}
		catch (IllegalStateException expected) {
			// the page's own failure
		}
		MockHttpServletResponse next = new MockHttpServletResponse();
		filter.doFilter(get("/caseload"), next, (request, response) -> {
		});
		assertThat(next.getStatus()).isEqualTo(200);
	}

}
