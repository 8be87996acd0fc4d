package io.orderprocessor.platform.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place background work is set up: {@code @Scheduled} methods and the periodic
 * tasks that schedule themselves share Boot's task scheduler
 * ({@code spring.task.scheduling.*}), and work handed off from a request runs on Boot's
 * application task executor ({@code spring.task.execution.*}). No module starts threads
 * of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
