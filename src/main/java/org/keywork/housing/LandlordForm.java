package org.keywork.housing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A landlord as the administrator types it: a name, a kind and named contacts (at least
 * {@value #CONTACT_ROWS} rows shown; rows left empty are ignored).
 */
class LandlordForm {

	static final int CONTACT_ROWS = 2;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	@NotBlank(message = "{landlord.name.required}")
	@Size(max = 200, message = "{landlord.name.size}")
	private String name;

	@NotNull(message = "{landlord.kind.required}")
	private LandlordKind kind;

	private List<@Valid ContactRow> contacts = new ArrayList<>();

	private int version;

	LandlordForm() {
		padContacts();
	}

	static LandlordForm of(Landlord landlord) {
		LandlordForm form = new LandlordForm();
		form.name = landlord.name();
		form.kind = landlord.kind();
		form.contacts = new ArrayList<>(landlord.contacts().stream().map(ContactRow::of).toList());
		form.version = landlord.version();
		form.padContacts();
		return form;
	}

	/** Always at least {@link #CONTACT_ROWS} rows, the last one empty to add another. */
	void padContacts() {
		while (this.contacts.size() < CONTACT_ROWS || !this.contacts.get(this.contacts.size() - 1).isEmpty()) {
			this.contacts.add(new ContactRow());
		}
	}

	/** A contact row with anything in it has a name; emails look like emails. */
	void validate(Errors errors) {
		for (int i = 0; i < this.contacts.size(); i++) {
			ContactRow row = this.contacts.get(i);
			if (!row.isEmpty() && strip(row.getName()) == null) {
				errors.rejectValue("contacts[" + i + "].name", "landlord.contact.name.required", new Object[] { i + 1 },
						null);
			}
			String email = strip(row.getEmail());
			if (email != null && !EMAIL.matcher(email).matches()) {
				errors.rejectValue("contacts[" + i + "].email", "landlord.contact.email.invalid",
						new Object[] { i + 1 }, null);
			}
		}
	}

	List<Landlord.Contact> filledContacts() {
		return this.contacts.stream()
			.filter(row -> !row.isEmpty())
			.map(row -> new Landlord.Contact(strip(row.getName()), strip(row.getRole()), strip(row.getPhone()),
					strip(row.getEmail())))
			.toList();
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LandlordKind getKind() {
		return this.kind;
	}

	public void setKind(LandlordKind kind) {
		this.kind = kind;
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

		@Size(max = 200, message = "{landlord.contact.size}")
		private String name;

		@Size(max = 200, message = "{landlord.contact.size}")
		private String role;

		@Size(max = 50, message = "{landlord.contact.size}")
		private String phone;

		@Size(max = 200, message = "{landlord.contact.size}")
		private String email;

		static ContactRow of(Landlord.Contact contact) {
			ContactRow row = new ContactRow();
			row.name = contact.name();
			row.role = contact.role();
			row.phone = contact.phone();
			row.email = contact.email();
			return row;
		}

		boolean isEmpty() {
			return strip(this.name) == null && strip(this.role) == null && strip(this.phone) == null
					&& strip(this.email) == null;
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
