package io.orderprocessor.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes API error bodies from filters, where no controller advice applies. */
@Component
public class JsonErrorResponder {

	private final JsonMapper json;

	JsonErrorResponder(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, int status, Object body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

	public void write(HttpServletResponse response, int status, String detail) throws IOException {
		write(response, status, new ApiError(detail));
	}

}
