package io.orderprocessor.admin.web;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetAlreadyExistsException;
import io.orderprocessor.inventory.AssetChanges;
import io.orderprocessor.inventory.AssetNotFoundException;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.NewAsset;
import io.orderprocessor.platform.web.FieldErrors;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.platform.web.PageController;

/**
 * The catalogue for admins: suspend and resume trading, edit name, category and
 * description, add an asset. Changes reach the market pages of every instance.
 */
@Controller
class AdminAssetsController implements PageController {

	private final AdminService admin;

	private final InventoryService inventory;

	private final Messages messages;

	AdminAssetsController(AdminService admin, InventoryService inventory, Messages messages) {
		this.admin = admin;
		this.inventory = inventory;
		this.messages = messages;
	}

	@GetMapping("/admin/assets")
	String assets(Model model) {
		model.addAttribute("assets", inventory.assets());
		model.addAttribute("activeCount", inventory.activeCount());
		return "admin/assets";
	}

	@PostMapping("/admin/assets/{symbol}/{action:suspend|resume}")
	String toggle(Authentication authentication, @PathVariable String symbol, @PathVariable String action,
			RedirectAttributes flash) {
		boolean active = "resume".equals(action);
		Asset asset = admin.updateAsset(authentication.getName(), symbol, new AssetChanges(null, null, null, active),
				null);
		flash.addFlashAttribute("flashSuccess",
				messages.text(active ? "admin.asset.resumed" : "admin.asset.suspended", asset.symbol()));
		return "redirect:/admin/assets#asset-" + asset.symbol();
	}

	@GetMapping("/admin/assets/{symbol}")
	String edit(@PathVariable String symbol, Model model) {
		Asset asset = existing(symbol);
		model.addAttribute("form", new AssetForm(asset.name(), asset.category(), asset.description()));
		return editPage(asset, model);
	}

	@PostMapping("/admin/assets/{symbol}")
	String save(Authentication authentication, @PathVariable String symbol,
			@Valid @ModelAttribute("form") AssetForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Asset asset = existing(symbol);
		try {
			admin.updateAsset(authentication.getName(), asset.symbol(),
					new AssetChanges(nonNull(form.name()), nonNull(form.category()), nonNull(form.description()), null),
					null);
			flash.addFlashAttribute("flashSuccess", messages.text("admin.asset.saved", asset.symbol()));
			return "redirect:/admin/assets#asset-" + asset.symbol();
		}
		catch (InvalidFieldsException ex) {
			FieldErrors.reject(result, ex.violations());
		}
		return editPage(asset, model);
	}

	@GetMapping("/admin/assets/new")
	String newAsset(Model model) {
		model.addAttribute("form", NewAssetForm.empty());
		return newPage(model);
	}

	@PostMapping("/admin/assets")
	String add(Authentication authentication, @Valid @ModelAttribute("form") NewAssetForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		try {
			Asset added = admin.addAsset(authentication.getName(), new NewAsset(form.symbol(), form.name(),
					form.category(), form.description(), form.referencePrice(), form.coingeckoId()));
			flash.addFlashAttribute("flashSuccess", messages.text("admin.asset.added", added.symbol()));
			return "redirect:/admin/assets#asset-" + added.symbol();
		}
		catch (InvalidFieldsException ex) {
			FieldErrors.reject(result, ex.violations());
		}
		catch (AssetAlreadyExistsException ex) {
			FieldErrors.reject(result, "symbol", "exists", ex.getMessage());
		}
		return newPage(model);
	}

	private Asset existing(String symbol) {
		return inventory.find(symbol).orElseThrow(() -> new AssetNotFoundException(symbol));
	}

	private String editPage(Asset asset, Model model) {
		model.addAttribute("asset", asset);
		model.addAttribute("categories", inventory.categories());
		return "admin/asset";
	}

	private String newPage(Model model) {
		model.addAttribute("categories", inventory.categories());
		return "admin/new-asset";
	}

	/** A submitted form field is never "unchanged": blank is an error. */
	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
