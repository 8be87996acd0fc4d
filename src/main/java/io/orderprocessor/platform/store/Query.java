package io.orderprocessor.platform.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered range read of one partition of the table or of a secondary ordering: the
 * sort keys between two bounds or under a prefix, optionally filtered, ascending unless
 * {@link #newestFirst()}, a page of at most {@link #limit(int)} items after a cursor.
 */
public final class Query {

	private final Index index;

	private final String partition;

	private String from;

	private String to;

	private String prefix;

	private final List<Filter> filters = new ArrayList<>();

	private boolean descending;

	private int limit = Integer.MAX_VALUE;

	private Cursor after;

	private Query(Index index, String partition) {
		this.index = Objects.requireNonNull(index);
		this.partition = Objects.requireNonNull(partition);
	}

	public static Query table(String partition) {
		return new Query(Index.TABLE, partition);
	}

	public static Query index(Index index, String partition) {
		return new Query(index, partition);
	}

	/** Sort keys from {@code from} to {@code to}, both included. */
	public Query between(String from, String to) {
		this.from = from;
		this.to = to;
		return this;
	}

	public Query beginsWith(String prefix) {
		this.prefix = prefix;
		return this;
	}

	/** Keeps only the items the filter matches (all filters must match). */
	public Query where(Filter filter) {
		filters.add(filter);
		return this;
	}

	public Query newestFirst() {
		this.descending = true;
		return this;
	}

	public Query limit(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		this.limit = limit;
		return this;
	}

	/** Continues after the page that returned {@code cursor} (null: from the start). */
	public Query after(String cursor) {
		this.after = cursor == null ? null : Cursor.decode(cursor);
		return this;
	}

	/**
	 * Continues after a known item: its table key, and for a secondary ordering its sort
	 * key there.
	 */
	public Query afterItem(Key key, String indexSortKey) {
		this.after = new Cursor(index == Index.TABLE ? key.sk() : indexSortKey, key);
		return this;
	}

	/** The same query, continuing after {@code cursor}; this query stays as it is. */
	public Query continuing(String cursor) {
		Query next = new Query(index, partition);
		next.from = from;
		next.to = to;
		next.prefix = prefix;
		next.filters.addAll(filters);
		next.descending = descending;
		next.limit = limit;
		return next.after(cursor);
	}

	public Index index() {
		return index;
	}

	public String partition() {
		return partition;
	}

	public String from() {
		return from;
	}

	public String to() {
		return to;
	}

	public String prefix() {
		return prefix;
	}

	public List<Filter> filters() {
		return List.copyOf(filters);
	}

	public boolean descending() {
		return descending;
	}

	public int limit() {
		return limit;
	}

	public Cursor cursor() {
		return after;
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
