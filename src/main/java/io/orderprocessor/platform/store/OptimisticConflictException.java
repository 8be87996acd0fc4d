package io.orderprocessor.platform.store;

import java.util.Set;

/**
 * An item changed between its read and a versioned write of it; reading again and
 * retrying is the answer ({@link Store#retrying} does that).
 */
public class OptimisticConflictException extends ConditionFailedException {

	public OptimisticConflictException(Set<String> failed) {
		super(failed);
	}

}
