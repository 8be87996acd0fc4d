package io.orderprocessor.platform.dynamodb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Counts and times every DynamoDB call as {@code dynamodb.calls} tagged with the
 * operation name (e.g. {@code GetItem}), so tests can assert how many calls a request
 * makes.
 * <p>
 * A client-side proxy rather than an SDK {@code ExecutionInterceptor}: it counts each
 * call once, paginators' pages included, whatever client it wraps.
 */
final class MeteredDynamoDbClient {

	static final String METER = "dynamodb.calls";

	private MeteredDynamoDbClient() {
	}

	static DynamoDbClient wrap(DynamoDbClient target, MeterRegistry meters) {
		return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
				new Class<?>[] { DynamoDbClient.class }, (proxy, method, args) -> {
					if (buildsOnTheClient(method, args)) {
						// builder-consumer overloads and paginators call back into the
						// client:
						// run them on the proxy so the calls they make are counted once
						return InvocationHandler.invokeDefault(proxy, method, args);
					}
					if (!isOperation(method, args)) {
						return invoke(target, method, args);
					}
					String operation = Character.toUpperCase(method.getName().charAt(0))
							+ method.getName().substring(1);
					Timer.Sample sample = Timer.start(meters);
					String outcome = "success";
					try {
						return invoke(target, method, args);
					}
					catch (Throwable ex) {
						outcome = ex.getClass().getSimpleName();
						throw ex;
					}
					finally {
						sample.stop(Timer.builder(METER)
							.description("DynamoDB calls by operation")
							.tag("operation", operation)
							.tag("outcome", outcome)
							.register(meters));
					}
				});
	}

	private static boolean buildsOnTheClient(Method method, Object[] args) {
		return method.isDefault() && args != null && args.length == 1
				&& (args[0] instanceof Consumer<?> || method.getName().endsWith("Paginator"));
	}

	private static boolean isOperation(Method method, Object[] args) {
		return args != null && args.length == 1 && args[0] instanceof DynamoDbRequest;
	}

	private static Object invoke(DynamoDbClient target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
