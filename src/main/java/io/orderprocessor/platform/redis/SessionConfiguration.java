package io.orderprocessor.platform.redis;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.config.ConfigureNotifyKeyspaceEventsAction;
import org.springframework.session.data.redis.config.ConfigureRedisAction;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * HTTP sessions in Redis. The indexed repository keeps a per-user index, so a user's
 * sessions can be listed and ended (password change, sign-out elsewhere, account lock).
 * Boot's {@code spring.session.*} properties do not apply with the annotation; the
 * settings here are {@code app.session.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableRedisIndexedHttpSession(redisNamespace = SessionConfiguration.NAMESPACE)
class SessionConfiguration {

	static final String NAMESPACE = "order-processor:session";

	@Bean
	SessionRepositoryCustomizer<RedisIndexedSessionRepository> sessionTimeout(
			@Value("${app.session.timeout:30m}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	/**
	 * HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS, or always
	 * with {@code app.session.secure-cookie=true} (the {@code prod} profile), so a proxy
	 * that ends TLS and forgets {@code X-Forwarded-Proto} cannot make it go out in clear.
	 */
	@Bean
	CookieSerializer cookieSerializer(@Value("${app.session.secure-cookie:false}") boolean alwaysSecure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		if (alwaysSecure) {
			serializer.setUseSecureCookie(true);
		}
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

	/**
	 * The indexed repository needs keyspace notifications; managed Redis services forbid
	 * CONFIG, so there they are set by the operator and this step is switched off.
	 */
	@Bean
	ConfigureRedisAction configureRedisAction(@Value("${app.session.configure-redis:true}") boolean configure) {
		return configure ? new ConfigureNotifyKeyspaceEventsAction() : ConfigureRedisAction.NO_OP;
	}

}
