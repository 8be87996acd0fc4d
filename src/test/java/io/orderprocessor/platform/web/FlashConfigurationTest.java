package io.orderprocessor.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A flash message reaches the page its redirect lands on, whatever the query. */
@WebMvcTest(controllers = FlashConfigurationTest.Saving.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = FlashConfiguration.class))
@Import(FlashConfigurationTest.Saving.class)
@WithMockUser
class FlashConfigurationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theMessageSurvivesALandingWithAnotherQuery() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/test/save").session(session).with(csrf()))
			.andExpect(redirectedUrl("/test/page?asset=BTC&side=buy"));
		mvc.perform(get("/test/page?asset=ETH").session(session))
			.andExpect(model().attribute("flashSuccess", "Saved."));
		// shown once
		mvc.perform(get("/test/page?asset=ETH").session(session))
			.andExpect(model().attributeDoesNotExist("flashSuccess"));
	}

	@Test
	void theMessageStaysForItsOwnPath() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/test/save").session(session).with(csrf()));
		mvc.perform(get("/test/other").session(session)).andExpect(model().attributeDoesNotExist("flashSuccess"));
		mvc.perform(get("/test/page").session(session)).andExpect(model().attribute("flashSuccess", "Saved."));
	}

	@Controller
	static class Saving implements PageController {

		@PostMapping("/test/save")
		String save(RedirectAttributes flash) {
			flash.addFlashAttribute("flashSuccess", "Saved.");
			return "redirect:/test/page?asset=BTC&side=buy";
		}

		@GetMapping({ "/test/page", "/test/other" })
		String page() {
			return "fragments/flash :: messages";
		}

	}

}
