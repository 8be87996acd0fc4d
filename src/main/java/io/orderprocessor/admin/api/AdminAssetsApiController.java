package io.orderprocessor.admin.api;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetChanges;

/**
 * Catalogue changes for admin programs: trading on or off, name, category, description.
 */
@RestController
class AdminAssetsApiController {

	private final AdminService admin;

	AdminAssetsApiController(AdminService admin) {
		this.admin = admin;
	}

	@PatchMapping("/api/v1/admin/assets/{assetId}")
	AssetResponse update(Authentication authentication, @PathVariable String assetId, @RequestBody AssetPatch patch) {
		Asset asset = admin.updateAsset(authentication.getName(), assetId,
				new AssetChanges(patch.name(), patch.category(), patch.description(), patch.isActive()),
				patch.reason());
		return new AssetResponse(new AssetData(asset.symbol(), asset.symbol(), asset.name(), asset.category(),
				asset.description(), asset.active()));
	}

	record AssetPatch(Boolean isActive, String name, String category, String description, String reason) {
	}

	record AssetResponse(AssetData data) {
	}

	record AssetData(String assetId, String symbol, String name, String category, String description,
			boolean isActive) {
	}

}
