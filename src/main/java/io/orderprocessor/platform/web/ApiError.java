package io.orderprocessor.platform.web;

/** The API's single-error body: {@code {"detail": "..."}}. */
public record ApiError(String detail) {
}
