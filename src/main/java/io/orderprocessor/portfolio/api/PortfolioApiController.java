package io.orderprocessor.portfolio.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.portfolio.Portfolio;
import io.orderprocessor.portfolio.PortfolioService;
import io.orderprocessor.portfolio.Position;

/** The portfolio for programs ({@code api.md}): zero holdings are left out. */
@RestController
class PortfolioApiController {

	private final PortfolioService portfolios;

	PortfolioApiController(PortfolioService portfolios) {
		this.portfolios = portfolios;
	}

	@GetMapping("/api/v1/portfolio")
	PortfolioJson portfolio(@AuthenticationPrincipal Jwt token) {
		Portfolio portfolio = portfolios.portfolio(token.getSubject());
		return new PortfolioJson(portfolio.positions().stream().map(PortfolioApiController::position).toList(),
				money(portfolio.cash().balance()), money(portfolio.total()));
	}

	private static PositionJson position(Position p) {
		return new PositionJson(p.symbol(), quantity(p.holding().quantity()), quantity(p.holding().available()),
				p.holding().averageCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
				p.price().scale() < 2 ? p.price().setScale(2).toPlainString() : p.price().toPlainString(),
				money(p.marketValue()), money(p.pnl()),
				p.allocation() == null ? "0.00" : p.allocation().setScale(2).toPlainString());
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	private static String quantity(BigDecimal quantity) {
		return quantity.setScale(8, RoundingMode.UNNECESSARY).toPlainString();
	}

	record PositionJson(String assetId, String quantity, String availableQuantity, String averageCost,
			String currentPrice, String marketValue, String unrealizedPnl, String percentage) {
	}

	record PortfolioJson(List<PositionJson> assets, String cash, String totalValue) {
	}

}
