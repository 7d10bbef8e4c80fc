package org.keywork.housing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Later;

/**
 * A reason to raise the early warning that a person's home is at risk: rent arrears at
 * the team's threshold or growing two periods running (the rent account), a welfare
 * benefit suspended, sanctioned or stopped (benefits). The early warning (package
 * {@code earlywarning}) asks every bean of this type, so it depends on none of them. The
 * caller has already limited {@code personIds} to people whose records the reader may
 * change (staff of their team); an implementation answers for all of them with a fixed
 * number of queries whatever their number, registered in the caller's {@link Batch} (ADR
 * 022) so that every source's queries are sent together.
 */
public interface EarlyWarningSignal {

	/**
	 * The signals raised now for each of these people (people with none may be left out),
	 * the queries registered in {@code batch}: nothing may be read before the returned
	 * value's {@link Later#get}.
	 */
	Later<Map<Long, List<Signal>>> signals(Collection<Long> personIds, LocalDate today, Batch batch);

	/**
	 * One reason: {@code messageKey} rendered with {@code args} (e.g. "Universal Credit
	 * suspended since 3 November"), raised {@code since}, dealt with at {@code href}.
	 */
	record Signal(long personId, String messageKey, List<Object> args, LocalDate since, String href) {

		public Signal {
			args = List.copyOf(args);
		}

		public Object[] arguments() {
			return this.args.toArray();
		}

	}

}
