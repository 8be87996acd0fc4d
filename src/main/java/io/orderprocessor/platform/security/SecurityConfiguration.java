package io.orderprocessor.platform.security;

import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import io.orderprocessor.platform.web.JsonErrorResponder;
import io.orderprocessor.platform.web.StaticPaths;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Two ways in: browsers get form sign-in and a Redis-backed session with CSRF protection;
 * programs get the stateless bearer-JWT API under {@code /api/v1}. Admin routes are
 * guarded here and again by method security on the admin services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'; object-src 'none'";

	private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	/** Pages and files anyone may open. */
	static final String[] PUBLIC_PAGES = StaticPaths.patterns("/", "/login", "/register", "/market", "/market/**",
			"/inventory", "/error", "/health", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");

	/** API paths anyone may call; a bad token there is ignored rather than refused. */
	static final RequestMatcher PUBLIC_API = request -> pathPattern(HttpMethod.POST, "/api/v1/auth/login")
		.matches(request) || pathPattern(HttpMethod.POST, "/api/v1/auth/register").matches(request)
			|| pathPattern(HttpMethod.GET, "/api/v1/inventory/**").matches(request);

	/**
	 * Static files ({@link StaticPaths}): public, sessionless, and of the security
	 * headers only {@code nosniff}. A page's policies (CSP, frame and referrer options,
	 * permissions) mean nothing on a stylesheet, a script or an icon and cost about 400
	 * bytes on each of them, an eighth of a dashboard's first load.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFilesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticPaths.patterns())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.defaultsDisabled().contentTypeOptions(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, JsonErrorResponder errors, SecurityProperties properties)
			throws Exception {
		ApiAuthenticationFailureHandlers failures = new ApiAuthenticationFailureHandlers(errors);
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API)
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.cors(cors -> cors.configurationSource(apiCors(properties.apiAllowedOrigins())))
			.headers(this::securityHeaders)
			.oauth2ResourceServer(oauth -> oauth.bearerTokenResolver(ignoringPublicPaths())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(roleClaimConverter()))
				.authenticationEntryPoint(failures)
				.accessDeniedHandler(failures))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(failures).accessDeniedHandler(failures));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageFilterChain(HttpSecurity http, DeviceCookies devices) throws Exception {
		RequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request", "true");
		// redirects never name a host taken from the request's Host header
		LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint("/login");
		signInFirst.setFavorRelativeUris(true);
		RequestCache savedPages = SessionEnded.requestCache();
		SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
		afterSignIn.setDefaultTargetUrl("/dashboard");
		afterSignIn.setRedirectStrategy(new RelativeRedirectStrategy());
		afterSignIn.setRequestCache(savedPages);
		DelegatingAuthenticationEntryPoint firstSignIn = new DelegatingAuthenticationEntryPoint(signInFirst,
				new RequestMatcherEntry<>(htmx, new HxRefreshHeaderAuthenticationEntryPoint()));
		// a form or an htmx request from a session that ended: "sign in again", then back
		SessionEnded sessionEnded = new SessionEnded(firstSignIn);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(SignInDetails.SOURCE)
				.successHandler((request, response, authentication) -> {
					devices.write(request, response, authentication.getName());
					sessionEnded.comeBack(request, response);
					afterSignIn.onAuthenticationSuccess(request, response, authentication);
					// the way back is used once
					savedPages.removeRequest(request, response);
				})
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			// an anonymous htmx request reloads the page, which then goes to sign-in
			.requestCache(cache -> cache.requestCache(savedPages))
			.exceptionHandling(
					handling -> handling.authenticationEntryPoint(sessionEnded).accessDeniedHandler(sessionEnded))
			.headers(this::securityHeaders);
		return http.build();
	}

	private void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frame -> frame.deny());
	}

	private static BearerTokenResolver ignoringPublicPaths() {
		DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
		return request -> PUBLIC_API.matches(request) ? null : standard.resolve(request);
	}

	private static JwtAuthenticationConverter roleClaimConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			String role = jwt.getClaimAsString("role");
			return role == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + role));
		});
		return converter;
	}

	private static UrlBasedCorsConfigurationSource apiCors(List<String> allowedOrigins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!allowedOrigins.isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(allowedOrigins);
			cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"));
			cors.setExposedHeaders(List.of("X-Request-ID", "X-RateLimit-Limit", "X-RateLimit-Remaining",
					"X-RateLimit-Reset", "Retry-After"));
			source.registerCorsConfiguration("/api/v1/**", cors);
		}
		return source;
	}

	/**
	 * bcrypt with cost {@code app.security.password-strength} (12), behind a delegating
	 * encoder so the cost can rise later.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		String id = "bcrypt";
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(properties.passwordStrength());
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(id, Map.of(id, bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}

}
