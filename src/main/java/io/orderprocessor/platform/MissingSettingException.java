package io.orderprocessor.platform;

/**
 * A setting the application cannot start without is missing or wrong; start-up fails with
 * one clear message naming it ({@link MissingSettingFailureAnalyzer}).
 */
public class MissingSettingException extends IllegalStateException {

	private final String setting;

	public MissingSettingException(String setting, String message) {
		super(message);
		this.setting = setting;
	}

	public String setting() {
		return setting;
	}

}
