package org.keywork.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Sign-in, sessions, CSRF and headers. URL rules stay few: static files, the sign-in and
 * portal activation pages and health are open, {@code /admin/**} is for administrators,
 * everything else needs a signed-in account. Who may see which person is decided by
 * {@link AccessPolicy}, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, JdbcClient jdbc, WebAuthnRelyingPartyOperations relyingParty,
			ApplicationEventPublisher events, ObjectProvider<SecondFactorRequirement> secondFactor,
			FactorChanges factorChanges, AuthenticationEventPublisher authenticationEvents,
			Reauthentication reauthentication) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		// the account's state is checked only after its password, and refused like a
		// wrong
		// password, so a deactivated or not yet activated account answers as slowly and
		// as
		// vaguely as any other failure, and counts toward the lock (ADR 004)
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(SecurityConfiguration::usableAccount);
		// the only way to sign in: without a parent manager, so a failure is not tried a
		// second
		// time by Spring Boot's default provider (which would check the password twice,
		// and
		// refuse a deactivated account before its password, faster)
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwords, throttle, secondFactor));
		// success and failure events, for the sign-in history (ADR 020)
		manager.setAuthenticationEventPublisher(authenticationEvents);
		http.authenticationManager(manager)
			.addFilterBefore(new ActiveAccountFilter(jdbc), AuthorizationFilter.class)
			// after it, so a session that has ended is not asked for a code (ADR 018)
			.addFilterBefore(new SecondFactorFilter(secondFactor), AuthorizationFilter.class)
			// after it, and before Spring Security's passkey registration: a passkey is
			// added only after a recent "confirm it's you" (ADR 018)
			.addFilterBefore(new ReauthenticationFilter(reauthentication), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/activate", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/assets/**", "/favicon.ico")
				.permitAll()
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				// a passkey is removed on its own page (passkeys), never through Spring
				// Security's
				// DELETE endpoint, so that removing one always goes the same way
				.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**")
				.denyAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LoginSuccessHandler(throttle, secondFactor, factorChanges))
				.failureHandler(new LoginFailureHandler(throttle))
				.permitAll())
			// passkeys (ADR 019): Spring Security's ceremonies
			// (/webauthn/register/options,
			// /webauthn/register, /webauthn/authenticate/options, /login/webauthn) with
			// the
			// relying party and repositories the passkeys package declares as beans; the
			// sign-in puts a KeyworkUser in the session and then does what a password
			// sign-in does
			.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						ProviderManager passkeys = new ProviderManager(
								new PasskeyAuthenticationProvider(relyingParty, users));
						passkeys.setAuthenticationEventPublisher(authenticationEvents);
						filter.setAuthenticationManager(passkeys);
						filter.setAuthenticationSuccessHandler(
								new PasskeySignInSuccessHandler(throttle, events, factorChanges));
						SessionAuthenticationStrategy sessions = http
							.getSharedObject(SessionAuthenticationStrategy.class);
						filter.setSessionAuthenticationStrategy(
								(sessions != null) ? sessions : new ChangeSessionIdAuthenticationStrategy());
						return filter;
					}
				}))
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("JSESSIONID"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.invalidSessionUrl("/login?expired"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	private static void usableAccount(UserDetails user) {
		if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()
				|| !user.isCredentialsNonExpired()) {
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No Micrometer observations of Spring Security's own steps. With the actuator on the
	 * class path, Spring Security otherwise wraps each of its twenty filters in an
	 * observation on every request (a few per cent of a page's CPU, docs/performance.md),
	 * and nothing reads them: Keywork exposes only the health endpoint, and requests are
	 * still observed as a whole by Spring MVC.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
