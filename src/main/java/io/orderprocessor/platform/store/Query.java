package io.orderprocessor.platform.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered range read of one partition of the table or of a secondary ordering: the
 * sort keys between two bounds or under a prefix, optionally filtered, ascending unless
 * {@link #newestFirst()}, a page of at most {@link #limit(int)} items after a cursor.
 * <p>
 * A value: every method that narrows the read returns a new query and leaves this one as
 * it is, so callers keep what it returns ({@code query = query.where(...)}).
 *
 * @param from the lowest sort key, included (null: no lower bound)
 * @param to the highest sort key, included (null: no upper bound)
 * @param prefix the sort keys' prefix (null: any)
 * @param filters all must match
 * @param cursor where the page before ended (null: from the start)
 */
public record Query(Index index, String partition, String from, String to, String prefix, List<Filter> filters,
		boolean descending, int limit, Cursor cursor) {

	public Query {
		Objects.requireNonNull(index);
		Objects.requireNonNull(partition);
		filters = List.copyOf(filters);
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
	}

	public static Query table(String partition) {
		return index(Index.TABLE, partition);
	}

	public static Query index(Index index, String partition) {
		return new Query(index, partition, null, null, null, List.of(), false, Integer.MAX_VALUE, null);
	}

	/** Sort keys from {@code from} to {@code to}, both included. */
	public Query between(String from, String to) {
		return new Query(index, partition, from, to, prefix, filters, descending, limit, cursor);
	}

	public Query beginsWith(String prefix) {
		return new Query(index, partition, from, to, prefix, filters, descending, limit, cursor);
	}

	/** Keeps only the items the filter matches (all filters must match). */
	public Query where(Filter filter) {
		List<Filter> more = new ArrayList<>(filters);
		more.add(filter);
		return new Query(index, partition, from, to, prefix, more, descending, limit, cursor);
	}

	public Query newestFirst() {
		return new Query(index, partition, from, to, prefix, filters, true, limit, cursor);
	}

	public Query limit(int limit) {
		return new Query(index, partition, from, to, prefix, filters, descending, limit, cursor);
	}

	/** Continues after the page that returned {@code cursor} (null: from the start). */
	public Query after(String cursor) {
		return continuingAfter(cursor == null ? null : Cursor.decode(cursor));
	}

	/**
	 * Continues after a known item: its table key, and for a secondary ordering its sort
	 * key there.
	 */
	public Query afterItem(Key key, String indexSortKey) {
		return continuingAfter(new Cursor(index == Index.TABLE ? key.sk() : indexSortKey, key));
	}

	private Query continuingAfter(Cursor cursor) {
		return new Query(index, partition, from, to, prefix, filters, descending, limit, cursor);
	}

	/**
	 * Whether {@code item} falls in the range and passes the filters (for fakes and
	 * checks).
	 */
	public boolean matches(Item item) {
		if (!partition.equals(item.str(index.partitionAttribute()))) {
			return false;
		}
		String sort = item.str(index.sortAttribute());
		if (sort == null || (from != null && sort.compareTo(from) < 0) || (to != null && sort.compareTo(to) > 0)
				|| (prefix != null && !sort.startsWith(prefix))) {
			return false;
		}
		return filters.stream().allMatch(f -> f.matches(item));
	}

}
