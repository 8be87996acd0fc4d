package io.orderprocessor.platform.web;

/**
 * Marks a controller that renders pages with the layout, so that the advices that fill
 * the layout's model (current path, unread count, market status) and the htmx error
 * banner apply to it and not to the {@code @RestController}s of {@code /api/v1}
 * ({@code @ControllerAdvice(annotations = Controller.class)} would match those too, as
 * {@code @RestController} is a {@code @Controller}).
 */
public interface PageController {

}
