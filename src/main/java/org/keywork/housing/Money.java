package org.keywork.housing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money as the reader reads it: an amount ({@link BigDecimal}, never floating point) in
 * the application's currency ({@code keywork.currency}, GBP unless configured), formatted
 * for the reader's locale. Templates call {@code @money.format(amount)}.
 */
@Component("money")
public class Money {

	private final Currency currency;

	Money(@Value("${keywork.currency:GBP}") String currency) {
		this.currency = Currency.getInstance(currency);
	}

	public Currency currency() {
		return this.currency;
	}

	public String format(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
		format.setCurrency(this.currency);
		format.setMinimumFractionDigits(this.currency.getDefaultFractionDigits());
		format.setMaximumFractionDigits(this.currency.getDefaultFractionDigits());
		return format.format(amount);
	}

}
