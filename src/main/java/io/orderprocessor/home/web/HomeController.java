package io.orderprocessor.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String landing() {
		return "home/landing";
	}

	@GetMapping("/dashboard")
	String dashboard() {
		return "home/dashboard";
	}

}
