package io.orderprocessor.platform.store;

import java.util.Set;

/**
 * A conditional write was refused because its condition did not hold; nothing was
 * written. {@link #failed()} names the labels of the writes whose conditions failed.
 */
public class ConditionFailedException extends RuntimeException {

	private final Set<String> failed;

	public ConditionFailedException(Set<String> failed) {
		super("Condition failed: " + failed);
		this.failed = Set.copyOf(failed);
	}

	public Set<String> failed() {
		return failed;
	}

	public boolean failed(String label) {
		return failed.contains(label);
	}

}
