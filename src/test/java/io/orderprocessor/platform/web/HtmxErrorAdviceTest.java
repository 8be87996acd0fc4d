package io.orderprocessor.platform.web;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failing htmx request shows an error banner in the flash area; a full page goes to the
 * error page.
 */
// only the advice under test: other modules' advices need beans a slice does not have
@WebMvcTest(controllers = HtmxErrorAdviceTest.FailingController.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { HtmxErrorAdvice.class, Messages.class }))
@Import(HtmxErrorAdviceTest.FailingController.class)
@WithMockUser
class HtmxErrorAdviceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anHtmxFailureBecomesABannerInTheFlashArea() throws Exception {
		mvc.perform(get("/test/failing").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#flash"))
			.andExpect(header().string("HX-Reswap", "innerHTML"))
			.andExpect(content().string(Matchers.containsString("role=\"alert\"")))
			.andExpect(content().string(Matchers.containsString("Something went wrong. Please try again.")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("internal detail"))));
	}

	@Test
	void aFullPageFailureIsLeftToTheErrorPage() {
		assertThatThrownBy(() -> mvc.perform(get("/test/failing"))).hasRootCauseMessage("internal detail");
	}

	@Controller
	static class FailingController implements PageController {

		@GetMapping("/test/failing")
		String fail() {
			throw new IllegalStateException("internal detail");
		}

	}

}
