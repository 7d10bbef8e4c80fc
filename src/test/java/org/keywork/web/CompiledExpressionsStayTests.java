package org.keywork.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelCompiler;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A template expression, once compiled (ADR 025), stays compiled while a worker, a
 * manager, a peer and a service user go round their busiest pages: it is neither dropped
 * from Thymeleaf's expression cache and parsed again (a new copy, interpreted for a
 * hundred runs and then compiled to yet another class) nor compiled again. With
 * Thymeleaf's default cache of 500 expressions, the caseload and a few people's pages
 * pushed each other's expressions out and none stayed compiled; and Thymeleaf caches an
 * expression by its text, so one text used by two templates for different kinds of record
 * ({@code ${data.canChange()}} in three person-page sections,
 * {@code ${row.keyworkerName}} on the person page and in the search results) was compiled
 * for one kind, failed on the other, and was compiled again every few pages for as long
 * as the node ran (docs/performance.md, twelfth and thirteenth sessions).
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
	void expressionsCompiledOnceStayCompiled() throws Throwable {
		List<Long> people = this.jdbc.sql("""
				select ka.service_user_id from keyworker_assignment ka join account a on a.id = ka.keyworker_id
				where a.username = 'worker' and ka.ended_at is null order by ka.service_user_id limit 3""")
			.query(Long.class)
			.list();
		assertThat(people).hasSize(3);
		List<Visit> round = new ArrayList<>(
				List.of(new Visit("worker", "/caseload"), new Visit("worker", "/service-users?q=a"),
						new Visit("manager", "/team"), new Visit("manager", "/team/callover"),
						new Visit("peer", "/my-people"), new Visit("serviceuser", "/my-support")));
		for (Long person : people) {
			round.add(new Visit("worker", "/service-users/" + person));
			round.add(new Visit("worker", "/service-users/" + person + "?page=1"));
			round.add(new Visit("worker", "/service-users/" + person + "/action-plan"));
			round.add(new Visit("worker", "/service-users/" + person + "/contact-notes/new"));
		}
		round.add(new Visit("peer", "/service-users/" + this.jdbc.sql("""
				select pl.service_user_id from peer_link pl join account a on a.id = pl.peer_id
				where a.username = 'peer' order by pl.service_user_id limit 1""").query(Long.class).single()));
		// past the hundred interpreted runs after which an expression is compiled
		goRound(round, 105);
		// the compiler still says what it compiles, in words this test listens for
		Expression heard = new SpelExpressionParser(
				new SpelParserConfiguration(SpelCompilerMode.MIXED, getClass().getClassLoader()))
			.parseExpression("'heard'.length()");
		assertThat(compilations(() -> {
			for (int i = 0; i <= 101; i++) {
				heard.getValue();
			}
		})).containsExactly("SpEL: compiling 'heard'.length()");
		Map<String, Object> compiled = compiledForms();
		List<String> compiledAgain = compilations(() -> goRound(round, 25));
		Map<String, Object> later = compiledForms();

		assertThat(compiledAgain).as("expressions compiled again after the first rounds").isEmpty();

		assertThat(compiled).as("expressions compiled after the first rounds").hasSizeGreaterThan(200);
		List<String> notKept = new ArrayList<>();
		compiled.forEach((expression, form) -> {
			if (later.get(expression) != form) {
				notKept.add(expression);
			}
		});
		assertThat(notKept).as("compiled expressions parsed or compiled again").isEmpty();
	}

	private void goRound(List<Visit> round, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			for (Visit visit : round) {
				this.mvc.perform(get(visit.path()).with(this.users.as(visit.username()))).andExpect(status().isOk());
			}
		}
	}

	/**
	 * The expressions Spring's SpEL compiler compiles while the rounds run (it names each
	 * one it compiles at debug level).
	 */
	private List<String> compilations(Executable rounds) throws Throwable {
		Logger compiler = (Logger) LoggerFactory.getLogger(SpelCompiler.class);
		Level level = compiler.getLevel();
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		compiler.addAppender(log);
		compiler.setLevel(Level.DEBUG);
		try {
			rounds.execute();
		}
		finally {
			compiler.setLevel(level);
			compiler.detachAppender(log);
		}
		return log.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter(message -> message.startsWith("SpEL: compiling"))
			.toList();
	}

	private record Visit(String username, String path) {
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
