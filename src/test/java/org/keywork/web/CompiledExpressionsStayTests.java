package org.keywork.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A template expression, once compiled (ADR 025), stays compiled while a worker goes
 * round their busiest pages: it is neither dropped from Thymeleaf's expression cache and
 * parsed again (a new copy, interpreted for a hundred runs and then compiled to yet
 * another class) nor compiled again. With Thymeleaf's default cache of 500 expressions,
 * the caseload and a few people's pages pushed each other's expressions out and none
 * stayed compiled (docs/performance.md, twelfth session).
 */
@KeyworkTest
class CompiledExpressionsStayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void expressionsCompiledOnceStayCompiled() throws Exception {
		List<Long> people = this.jdbc.sql("""
				select ka.service_user_id from keyworker_assignment ka join account a on a.id = ka.keyworker_id
				where a.username = 'worker' and ka.ended_at is null order by ka.service_user_id limit 2""")
			.query(Long.class)
			.list();
		assertThat(people).hasSize(2);
		List<String> round = new ArrayList<>(List.of("/caseload", "/service-users?q=a"));
		for (Long person : people) {
			round.add("/service-users/" + person);
			round.add("/service-users/" + person + "?page=1");
			round.add("/service-users/" + person + "/action-plan");
		}
		// past the hundred interpreted runs after which an expression is compiled
		goRound(round, 105);
		Map<String, Object> compiled = compiledForms();
		goRound(round, 25);
		Map<String, Object> later = compiledForms();

		assertThat(compiled).as("expressions compiled after the first rounds").hasSizeGreaterThan(200);
		List<String> notKept = new ArrayList<>();
		compiled.forEach((expression, form) -> {
			if (later.get(expression) != form) {
				notKept.add(expression);
			}
		});
		assertThat(notKept).as("compiled expressions parsed or compiled again").isEmpty();
	}

	private void goRound(List<String> round, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			for (String path : round) {
				this.mvc.perform(get(path).with(this.users.as("worker"))).andExpect(status().isOk());
			}
		}
	}

	/** Each cached SpEL expression's text and its compiled form, if it has one. */
	private Map<String, Object> compiledForms() throws ReflectiveOperationException {
		ICache<ExpressionCacheKey, Object> cache = this.engine.getCacheManager().getExpressionCache();
		Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
		compiledAst.setAccessible(true);
		Map<String, Object> forms = new HashMap<>();
		for (ExpressionCacheKey key : cache.keySet()) {
			Object value = cache.get(key);
			if (value == null) {
				continue;
			}
			for (Field field : value.getClass().getDeclaredFields()) {
				if (field.getType() == SpelExpression.class) {
					field.setAccessible(true);
					SpelExpression expression = (SpelExpression) field.get(value);
					Object form = compiledAst.get(expression);
					if (form != null) {
						forms.put(expression.getExpressionString(), form);
					}
				}
			}
		}
		return forms;
	}

}
