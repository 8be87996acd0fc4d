package io.orderprocessor.platform.store;

import java.util.Objects;

/** The primary key of an item: a partition and a sort key within it. */
public record Key(String pk, String sk) implements Comparable<Key> {

	public Key {
		Objects.requireNonNull(pk, "pk");
		Objects.requireNonNull(sk, "sk");
	}

	public static Key of(String pk, String sk) {
		return new Key(pk, sk);
	}

	@Override
	public int compareTo(Key other) {
		int byPartition = pk.compareTo(other.pk);
		return byPartition != 0 ? byPartition : sk.compareTo(other.sk);
	}

}
