package org.keywork.database;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A value read by a {@link Batch}: the first {@link #get} sends the batch (with every
 * query registered by then) if it has not been sent. {@link #of} wraps a value already
 * known, for code that has nothing to read.
 */
public final class Later<T> {

	private final Batch batch;

	private final Supplier<T> value;

	private boolean done;

	private T result;

	Later(Batch batch, Supplier<T> value) {
		this.batch = batch;
		this.value = value;
	}

	/** A value already known. */
	public static <T> Later<T> of(T value) {
		Later<T> later = new Later<>(null, () -> value);
		later.result = value;
		later.done = true;
		return later;
	}

	/** Computed from another value once it is read (nothing is computed before). */
	public static <T> Later<T> from(Supplier<T> value) {
		return new Later<>(null, value);
	}

	public T get() {
		if (!this.done) {
			if (this.batch != null) {
				this.batch.run();
			}
			this.result = this.value.get();
			this.done = true;
		}
		return this.result;
	}

	/** This value turned into another when it is read. */
	public <R> Later<R> map(Function<? super T, ? extends R> function) {
		return new Later<>(null, () -> function.apply(get()));
	}

}
