package org.keywork.database;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Starts {@link Batch batches} on the application's database. */
@Component
public class Batches {

	private static final String REQUEST_BATCH = Batches.class.getName() + ".request";

	private final NamedParameterJdbcOperations jdbc;

	Batches(NamedParameterJdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** A new, empty batch, for one request. */
	public Batch start() {
		return new Batch(this.jdbc);
	}

	/**
	 * The batch shared by everything that reads for the current request's page, started
	 * at the first call: what the layout registers before the controller runs (the
	 * person's banners) is then sent in the same statement as what the controller
	 * registers, at the controller's first {@link Later#get}. Outside a request, a new
	 * batch.
	 */
	public Batch forRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return start();
		}
		if (request.getAttribute(REQUEST_BATCH, RequestAttributes.SCOPE_REQUEST) instanceof Batch batch) {
			return batch;
		}
		Batch batch = start();
		request.setAttribute(REQUEST_BATCH, batch, RequestAttributes.SCOPE_REQUEST);
		return batch;
	}

}
