package org.keywork.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.ILazyContextVariable;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.web.IWebExchange;

/**
 * Keeps a page's template variables in the template engine's own maps. Thymeleaf's web
 * context keeps every variable, the model and each loop's and fragment's local variables
 * alike, as a request attribute: each variable a template reads went down the request's
 * wrappers into Tomcat's attribute map, and each local variable was set there, and its
 * old value saved and put back, as a loop or fragment was entered and left (about a tenth
 * of the person page's CPU at national scale, docs/performance.md).
 * <p>
 * Here the model and the local variables live in the context, as in Thymeleaf's context
 * for templates rendered outside a web request. What the model does not hold is still
 * read from the request: its attributes ({@code ${_csrf}}, which Spring Security puts
 * there) and Thymeleaf's {@code param}, {@code session} and {@code application}. The one
 * difference a template could see is that a variable it sets is no longer a request
 * attribute; no code of Keywork reads one as such.
 */
final class TemplateVariables implements IEngineContextFactory {

	private static final Set<String> FROM_THE_REQUEST = Set.of("param", "session", "application");

	private final IEngineContextFactory standard = new StandardEngineContextFactory();

	@Override
	public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
			Map<String, Object> templateResolutionAttributes, IContext context) {
		if (!(context instanceof IWebContext web)) {
			return this.standard.createEngineContext(configuration, templateData, templateResolutionAttributes,
					context);
		}
		Set<String> names = context.getVariableNames();
		Map<String, Object> variables = new LinkedHashMap<>(names.size() * 2);
		for (String name : names) {
			variables.put(name, context.getVariable(name));
		}
		return new PageContext(configuration, templateData, templateResolutionAttributes, web.getExchange(),
				context.getLocale(), variables);
	}

	/** A page's variables, in the engine's maps, with the request behind them. */
	static final class PageContext extends EngineContext implements IWebContext {

		private final IEngineConfiguration configuration;

		private final TemplateData templateData;

		private final Map<String, Object> templateResolutionAttributes;

		private final IWebExchange exchange;

		/**
		 * Thymeleaf's own web context, only for {@code param}, {@code session} and
		 * {@code application}.
		 */
		private WebEngineContext request;

		PageContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IWebExchange exchange, Locale locale,
				Map<String, Object> variables) {
			super(configuration, templateData, templateResolutionAttributes, locale, variables);
			this.configuration = configuration;
			this.templateData = templateData;
			this.templateResolutionAttributes = templateResolutionAttributes;
			this.exchange = exchange;
		}

		@Override
		public IWebExchange getExchange() {
			return this.exchange;
		}

		@Override
		public Object getVariable(String name) {
			Object value = super.getVariable(name);
			if (value != null || super.containsVariable(name)) {
				return value;
			}
			if (FROM_THE_REQUEST.contains(name)) {
				return request().getVariable(name);
			}
			Object attribute = this.exchange.getAttributeValue(name);
			return attribute instanceof ILazyContextVariable<?> lazy ? lazy.getValue() : attribute;
		}

		@Override
		public boolean containsVariable(String name) {
			if (super.containsVariable(name)) {
				return true;
			}
			return FROM_THE_REQUEST.contains(name) ? request().containsVariable(name)
					: this.exchange.containsAttribute(name);
		}

		@Override
		public Set<String> getVariableNames() {
			Set<String> names = new HashSet<>(this.exchange.getAllAttributeNames());
			names.addAll(FROM_THE_REQUEST);
			names.addAll(super.getVariableNames());
			return names;
		}

		private WebEngineContext request() {
			if (this.request == null) {
				this.request = new WebEngineContext(this.configuration, this.templateData,
						this.templateResolutionAttributes, this.exchange, getLocale(), Map.of());
			}
			return this.request;
		}

	}

}
