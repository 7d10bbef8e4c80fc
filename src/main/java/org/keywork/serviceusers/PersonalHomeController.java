package org.keywork.serviceusers;

import org.keywork.security.CurrentUser;
import org.keywork.web.PeopleShown;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page of a peer (their linked people). Staff homes are in {@code caseload}; a
 * service user's is in {@code portal}.
 */
@Controller
class PersonalHomeController {

	private final ServiceUserService service;

	PersonalHomeController(ServiceUserService service) {
		this.service = service;
	}

	@GetMapping("/my-people")
	@PreAuthorize("hasRole('PEER')")
	String myPeople(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<PersonListRow> people = this.service.linkedToPeer(CurrentUser.get(), page);
		PeopleShown.of(people.getContent(), PersonListRow::id);
		model.addAttribute("people", people);
		return "serviceusers/my-people";
	}

}
