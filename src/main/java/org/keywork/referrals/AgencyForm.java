package org.keywork.referrals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An agency as the administrator types it: its details, its services one per line, and up
 * to {@value #CONTACT_ROWS} named contacts (rows left empty are ignored).
 */
class AgencyForm {

	static final int CONTACT_ROWS = 3;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	@NotBlank(message = "{agency.name.required}")
	@Size(max = 200, message = "{agency.name.size}")
	private String name;

	@NotNull(message = "{agency.kind.required}")
	private AgencyKind kind;

	@Size(max = 500, message = "{agency.address.size}")
	private String address;

	@Size(max = 50, message = "{agency.phone.size}")
	private String phone;

	@Size(max = 200, message = "{agency.email.size}")
	private String email;

	@Size(max = 300, message = "{agency.website.size}")
	private String website;

	@Size(max = 4000, message = "{agency.services.size}")
	private String services;

	private List<ContactRow> contacts = new ArrayList<>();

	private int version;

	AgencyForm() {
		padContacts();
	}

	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.name = agency.name();
		form.kind = agency.kind();
		form.address = agency.address();
		form.phone = agency.phone();
		form.email = agency.email();
		form.website = agency.website();
		form.services = String.join("\n", agency.activeServices().stream().map(Agency.Service::name).toList());
		form.contacts = new ArrayList<>();
		for (Agency.Contact contact : agency.contacts()) {
			ContactRow row = new ContactRow();
			row.setName(contact.name());
			row.setRole(contact.role());
			row.setPhone(contact.phone());
			row.setEmail(contact.email());
			form.contacts.add(row);
		}
		form.version = agency.version();
		form.padContacts();
		return form;
	}

	/** Always at least {@link #CONTACT_ROWS} rows, and one empty row to add another. */
	void padContacts() {
		while (this.contacts.size() < CONTACT_ROWS || !this.contacts.get(this.contacts.size() - 1).isEmpty()) {
			this.contacts.add(new ContactRow());
		}
	}

	/** Emails look like emails; a contact row with anything in it has a name. */
	void validate(Errors errors) {
		if (this.email != null && !this.email.isBlank() && !EMAIL.matcher(this.email.strip()).matches()) {
			errors.rejectValue("email", "agency.email.invalid");
		}
		for (int i = 0; i < this.contacts.size(); i++) {
			ContactRow row = this.contacts.get(i);
			if (!row.isEmpty() && blank(row.getName())) {
				errors.rejectValue("contacts[" + i + "].name", "agency.contact.name.required", new Object[] { i + 1 },
						null);
			}
			if (!blank(row.getEmail()) && !EMAIL.matcher(row.getEmail().strip()).matches()) {
				errors.rejectValue("contacts[" + i + "].email", "agency.contact.email.invalid", new Object[] { i + 1 },
						null);
			}
			if (length(row.getName()) > 200 || length(row.getRole()) > 200 || length(row.getPhone()) > 50
					|| length(row.getEmail()) > 200) {
				errors.rejectValue("contacts[" + i + "].name", "agency.contact.size", new Object[] { i + 1 }, null);
			}
		}
		for (String line : serviceLines()) {
			if (line.length() > 200) {
				errors.rejectValue("services", "agency.services.lineSize");
				break;
			}
		}
	}

	/** The services, one per non-empty line, without repeats. */
	List<String> serviceLines() {
		if (this.services == null) {
			return List.of();
		}
		Set<String> lines = new LinkedHashSet<>();
		for (String line : this.services.split("\\R")) {
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
		}
		return List.copyOf(lines);
	}

	/** The contacts typed, empty rows left out. */
	List<Agency.Contact> filledContacts() {
		return this.contacts.stream()
			.filter(row -> !row.isEmpty())
			.map(row -> new Agency.Contact(strip(row.getName()), strip(row.getRole()), strip(row.getPhone()),
					strip(row.getEmail())))
			.toList();
	}

	static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static int length(String text) {
		return text == null ? 0 : text.strip().length();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getServices() {
		return this.services;
	}

	public void setServices(String services) {
		this.services = services;
	}

	public List<ContactRow> getContacts() {
		return this.contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	/** One named contact as typed. */
	public static class ContactRow {

		private String name;

		private String role;

		private String phone;

		private String email;

		boolean isEmpty() {
			return blank(this.name) && blank(this.role) && blank(this.phone) && blank(this.email);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

}
