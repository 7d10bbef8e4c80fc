package org.keywork.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link AccessLogInterceptor} on every route: a person's pages are known
 * from their route, and any other page that shows people names them in
 * {@link org.keywork.web.PeopleShown}. Registered here rather than in
 * {@code web.WebConfiguration} so that {@code web} (which {@code audit} uses for dates
 * and errors) does not depend back on {@code audit}. Scheduling is enabled here for the
 * log's daily clean-up ({@link AccessLogRetention}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccessLogConfiguration implements WebMvcConfigurer {

	private final AccessLogInterceptor interceptor;

	AccessLogConfiguration(AccessLogInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.interceptor).addPathPatterns("/**");
	}

}
