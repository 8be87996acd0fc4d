package io.orderprocessor.admin.web;

/** A new asset as typed. */
record NewAssetForm(String symbol, String name, String category, String description, String referencePrice,
		String coingeckoId) {

	static NewAssetForm empty() {
		return new NewAssetForm("", "", "", "", "", "");
	}

}
