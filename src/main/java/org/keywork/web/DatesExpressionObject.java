package org.keywork.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@link Dates} in templates as {@code ${#kwDates.date(...)}}. A Spring bean reference
 * ({@code @dates}) cannot be compiled by Spring's expression compiler, so every
 * expression that used one was interpreted on every request, reflection included (a page
 * shows dozens of dates); an expression object is a variable, which compiles.
 * ({@code #dates} is Thymeleaf's own, for {@code java.util.Date}.) Also
 * {@link FormErrors} as {@code #kwErrors}, for the error summary.
 */
@Component
class DatesExpressionObject extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "kwDates";

	static final String FORM_ERRORS = "kwErrors";

	private static final FormErrors FORM_ERRORS_OBJECT = new FormErrors();

	private final Dates dates;

	DatesExpressionObject(Dates dates) {
		super("keywork-dates");
		this.dates = dates;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME, FORM_ERRORS);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return switch (expressionObjectName) {
					case NAME -> DatesExpressionObject.this.dates;
					case FORM_ERRORS -> FORM_ERRORS_OBJECT;
					default -> null;
				};
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
