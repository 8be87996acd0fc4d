package io.orderprocessor.inventory.web;

import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.MarketSort;

import static org.assertj.core.api.Assertions.assertThat;

class MarketListParamsTest {

	@Test
	void nothingGivenIsTheFirstPageByRank() {
		MarketListParams.View view = new MarketListParams(null, null, null, null, null, null).view();

		assertThat(view).isEqualTo(new MarketListParams.View("", "", MarketSort.RANK, false, 25, 1));
		assertThat(view.url()).isEqualTo("/market");
	}

	@Test
	void badValuesFallBackToDefaults() {
		MarketListParams.View view = new MarketListParams("  eth ", "DeFi", "colour", "sideways", "7", "-3").view();

		assertThat(view).isEqualTo(new MarketListParams.View("eth", "defi", MarketSort.RANK, false, 25, 1));
		assertThat(new MarketListParams(null, null, null, null, "abc", "x").view().page()).isEqualTo(1);
		assertThat(new MarketListParams("x".repeat(500), null, null, null, null, null).view().q()).hasSize(100);
	}

	@Test
	void figuresSortLargestFirstAndTheSameColumnFlipsTheDirection() {
		MarketListParams.View byRank = new MarketListParams(null, null, null, null, null, "3").view();
		MarketListParams.View byPrice = new MarketListParams(null, null, "price", null, null, null).view();

		assertThat(byRank.sortUrl("price")).isEqualTo("/market?sort=price&dir=desc");
		assertThat(byPrice.descending()).isTrue();
		assertThat(byPrice.sortUrl("price")).isEqualTo("/market?sort=price&dir=asc");
		assertThat(byPrice.ariaSort("price")).isEqualTo("descending");
		assertThat(byPrice.ariaSort("name")).isEqualTo("none");
	}

	@Test
	void urlsKeepTheWholeStateEncoded() {
		MarketListParams.View view = new MarketListParams("a&b c", "meme", "name", "desc", "50", "2").view();

		assertThat(view.url()).isEqualTo("/market?q=a%26b%20c&category=meme&sort=name&dir=desc&size=50&page=2");
		assertThat(view.pageUrl(3)).endsWith("&page=3");
		assertThat(view.pageUrl(1)).doesNotContain("page=");
	}

	@Test
	void thePageWindowStaysInsideThePages() {
		assertThat(MarketController.pageWindow(1, 3)).containsExactly(1, 2, 3);
		assertThat(MarketController.pageWindow(1, 12)).containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThat(MarketController.pageWindow(12, 12)).containsExactly(6, 7, 8, 9, 10, 11, 12);
		assertThat(MarketController.pageWindow(6, 12)).containsExactly(3, 4, 5, 6, 7, 8, 9);
	}

}
