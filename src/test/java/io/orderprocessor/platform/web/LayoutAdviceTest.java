package io.orderprocessor.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The layout's model is filled for pages only, not for the API's calls. */
// only the advice under test: other modules' advices need beans a slice does not have
@WebMvcTest(controllers = { LayoutAdviceTest.Page.class, LayoutAdviceTest.Api.class }, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = LayoutAdvice.class))
@Import({ LayoutAdviceTest.Page.class, LayoutAdviceTest.Api.class })
@WithMockUser
class LayoutAdviceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageGetsTheCurrentPath() throws Exception {
		mvc.perform(get("/test/page"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("currentPath", "/test/page"));
	}

	@Test
	void anApiCallDoesNotRunTheLayoutAdvice() throws Exception {
		mvc.perform(get("/api/v1/test")).andExpect(status().isOk()).andExpect(content().string("no layout model"));
	}

	@Controller
	static class Page implements PageController {

		@GetMapping("/test/page")
		String page() {
			return "fragments/flash :: messages";
		}

	}

	@RestController
	static class Api {

		@GetMapping("/api/v1/test")
		String api(Model model) {
			// the advices' model attributes are filled in before the handler runs
			return model.containsAttribute("currentPath") ? "layout model" : "no layout model";
		}

	}

}
