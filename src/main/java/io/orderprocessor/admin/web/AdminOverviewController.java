package io.orderprocessor.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.admin.Overview;
import io.orderprocessor.platform.web.PageController;

/** The admin overview: users, orders today, cash held, health at a glance. */
@Controller
class AdminOverviewController implements PageController {

	private final AdminService admin;

	AdminOverviewController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping("/admin")
	String overview(Model model) {
		Overview overview = admin.overview();
		model.addAttribute("overview", overview);
		model.addAttribute("totalCash", Views.money(overview.totalCash()));
		model.addAttribute("volumeToday", Views.money(overview.today().volume()));
		model.addAttribute("today", overview.today().day().toString());
		return "admin/overview";
	}

}
