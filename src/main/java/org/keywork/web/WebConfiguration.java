package org.keywork.web;

import java.util.concurrent.TimeUnit;

import org.keywork.security.PasswordChangeInterceptor;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.webjars.WebJarVersionLocator;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Serves GOV.UK Frontend's fonts and images where its stylesheet asks for them, rewrites
 * links to static resources to their versioned URLs (and only those), keeps template
 * variables out of the request's attributes ({@link TemplateVariables}), and adds
 * interceptors.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
			.setCacheControl(CacheControl.maxAge(7, TimeUnit.DAYS));
	}

	/**
	 * Takes the place of Boot's resource URL encoding filter (same dispatcher types),
	 * which resolved every link of every page against the class path.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The last filter of all, so that its wrapper is the one Spring MVC sees (see
	 * {@link RequestShortcutFilter}).
	 */
	@Bean
	FilterRegistrationBean<RequestShortcutFilter> requestShortcutFilter() {
		FilterRegistrationBean<RequestShortcutFilter> registration = new FilterRegistrationBean<>(
				new RequestShortcutFilter());
		registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/**
	 * How many parsed templates and template fragments Thymeleaf keeps (its default is
	 * 200; Keywork has about 200 templates and several hundred fragments).
	 */
	static final int TEMPLATE_CACHE_SIZE = 5_000;

	/**
	 * How many parsed expressions Thymeleaf keeps (its default is 500, standard and SpEL
	 * expressions together; Keywork's templates hold about 6,000, a person's page and the
	 * caseload alone over 500). Past its size the cache drops its oldest entries, so with
	 * the default the busiest pages' expressions were parsed again and again, each new
	 * copy ran interpreted and was compiled again to a new class after a hundred runs
	 * (ADR 025): none stayed compiled, and the JIT never settled (docs/performance.md,
	 * twelfth session). Entries are soft references, which the garbage collector may
	 * clear.
	 */
	static final int EXPRESSION_CACHE_SIZE = 50_000;

	/**
	 * Boot's template engine, given {@link TemplateVariables} and caches with room for
	 * every template and expression before it is first used (static: a post-processor is
	 * made before the other beans of its configuration).
	 */
	@Bean
	static BeanPostProcessor templateEngineSetUp() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setEngineContextFactory(new TemplateVariables());
					StandardCacheManager caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATE_CACHE_SIZE);
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordChangeInterceptor())
			.excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**", "/assets/**", "/favicon.ico");
	}

}
