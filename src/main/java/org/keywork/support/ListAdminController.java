package org.keywork.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's screens for the configurable lists the support records use: life
 * areas and safety-factor categories. Entries are never deleted (old versions of records
 * still name them); they are retired instead. The URL rule for {@code /admin/**}
 * restricts these to administrators.
 */
@Controller
@RequestMapping("/admin/{list:life-areas|safety-categories}")
class ListAdminController {

	private final JdbcClient jdbc;

	private final SupportLists lists;

	ListAdminController(JdbcClient jdbc, SupportLists lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	@GetMapping
	String list(@PathVariable String list, Model model) {
		Map<String, String> names = list.equals("life-areas") ? this.lists.lifeAreaNames()
				: this.lists.safetyCategoryNames();
		model.addAttribute("list", list);
		model.addAttribute("entries",
				this.jdbc
					.sql("select code, position, active, " + staffSafetyColumn(list) + " from " + table(list)
							+ " order by position, code")
					.query((rs, i) -> new Entry(rs.getString(1), names.get(rs.getString(1)), rs.getInt(2),
							rs.getBoolean(3), rs.getBoolean(4)))
					.list());
		return "support/admin/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable String list, Model model) {
		model.addAttribute("form", new ListEntryForm());
		return formView(list, null, model);
	}

	@PostMapping("/new")
	@Transactional
	String create(@PathVariable String list, @Valid @ModelAttribute("form") ListEntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String code = code(form.getName());
		if (!result.hasFieldErrors("name") && (code.isEmpty() || exists(list, code, form.getName()))) {
			result.rejectValue("name", "lists.name.taken");
		}
		if (result.hasErrors()) {
			return formView(list, null, model);
		}
		if (list.equals("life-areas")) {
			this.jdbc.sql("insert into life_area (code, name, position, active) values (?, ?, ?, ?)")
				.params(code, form.getName().trim(), form.getPosition(), form.isActive())
				.update();
		}
		else {
			this.jdbc
				.sql("insert into safety_category (code, name, position, active, staff_safety) values (?, ?, ?, ?, ?)")
				.params(code, form.getName().trim(), form.getPosition(), form.isActive(), form.isStaffSafety())
				.update();
		}
		FlashMessage.success(redirect, "lists.saved");
		return "redirect:/admin/" + list;
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String list, @PathVariable String code, Model model) {
		Entry entry = entry(list, code);
		ListEntryForm form = new ListEntryForm();
		form.setName(entry.name());
		form.setPosition(entry.position());
		form.setActive(entry.active());
		form.setStaffSafety(entry.staffSafety());
		model.addAttribute("form", form);
		return formView(list, code, model);
	}

	@PostMapping("/{code}/edit")
	@Transactional
	String update(@PathVariable String list, @PathVariable String code,
			@Valid @ModelAttribute("form") ListEntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		entry(list, code);
		if (result.hasErrors()) {
			return formView(list, code, model);
		}
		if (list.equals("life-areas")) {
			this.jdbc.sql("update life_area set name = ?, position = ?, active = ? where code = ?")
				.params(form.getName().trim(), form.getPosition(), form.isActive(), code)
				.update();
		}
		else {
			this.jdbc
				.sql("update safety_category set name = ?, position = ?, active = ?, staff_safety = ? where code = ?")
				.params(form.getName().trim(), form.getPosition(), form.isActive(), form.isStaffSafety(), code)
				.update();
		}
		FlashMessage.success(redirect, "lists.saved");
		return "redirect:/admin/" + list;
	}

	private String formView(String list, String code, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("code", code);
		return "support/admin/form";
	}

	private Entry entry(String list, String code) {
		Map<String, String> names = list.equals("life-areas") ? this.lists.lifeAreaNames()
				: this.lists.safetyCategoryNames();
		List<Entry> found = this.jdbc
			.sql("select code, position, active, " + staffSafetyColumn(list) + " from " + table(list)
					+ " where code = ?")
			.param(code)
			.query((rs, i) -> new Entry(rs.getString(1), names.get(rs.getString(1)), rs.getInt(2), rs.getBoolean(3),
					rs.getBoolean(4)))
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("List entry", code);
		}
		return found.get(0);
	}

	private boolean exists(String list, String code, String name) {
		return this.jdbc.sql("select count(*) from " + table(list) + " where code = ? or lower(name) = lower(?)")
			.params(code, name.trim())
			.query(Long.class)
			.single() > 0;
	}

	/** Table names come only from the two values the path pattern allows. */
	private static String table(String list) {
		return list.equals("life-areas") ? "life_area" : "safety_category";
	}

	private static String staffSafetyColumn(String list) {
		return list.equals("life-areas") ? "false" : "staff_safety";
	}

	static String code(String name) {
		String code = name == null ? ""
				: name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		return code.length() > 40 ? code.substring(0, 40) : code;
	}

	/** One entry of a list, for the admin pages. */
	record Entry(String code, String name, int position, boolean active, boolean staffSafety) {
	}

}
