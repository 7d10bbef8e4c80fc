package org.keywork.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * About 40 fictional people for the demo. Names, addresses (marked "fictional") and phone numbers (the 07700 900xxx
 * range reserved for drama) belong to nobody.
 */
final class DemoPeople {

	/**
	 * @param keyworker 0 none yet, 1 the team's demo worker, 2 another member of staff
	 */
	record Person(String legalName, String preferredName, String pronouns, LocalDate dob, String phone, String address,
			String languages, String communicationNeeds, boolean north, String status, int daysSupported,
			int keyworker) {
	}

	private DemoPeople() {
	}

	static List<Person> all() {
		return List.of(
			new Person("Jamie Brooks", "Jamie", "they/them", LocalDate.parse("1989-04-12"), "07700 900100", "Flat 21, 20 Orchard Walk, Northfield (fictional)", "English", "Prefers text messages before a visit", true, "ACTIVE", 210, 1),
			new Person("Margaret O'Neill", "Peggy", "she/her", LocalDate.parse("1961-09-03"), "07700 900101", "Flat 4, 10 Canal Side, Northfield (fictional)", "English", "Hard of hearing: face her when speaking", true, "ACTIVE", 400, 1),
			new Person("Tomasz Kowalczyk", "Tom", "he/him", LocalDate.parse("1978-01-22"), "07700 900102", "Flat 7, 47 Willow Court, Northfield (fictional)", "Polish, English", "Prefers Polish for complex conversations", true, "ACTIVE", 95, 1),
			new Person("Abdi Hassan Warsame", "Abdi", "he/him", LocalDate.parse("1992-06-30"), "07700 900103", "Flat 4, 117 Canal Side, Northfield (fictional)", "Somali, English", null, true, "ACTIVE", 180, 1),
			new Person("Kayleigh Dawson", "Kay", "she/her", LocalDate.parse("1996-11-18"), "07700 900104", "Flat 14, 5 Mill Lane, Northfield (fictional)", "English", "Dyslexia: prefers spoken information", true, "ACTIVE", 60, 1),
			new Person("Ronald Pike", "Ron", "he/him", LocalDate.parse("1955-02-14"), "07700 900105", "Flat 28, 54 Mill Lane, Northfield (fictional)", "English", null, true, "ACTIVE", 700, 1),
			new Person("Niamh Gallagher", null, "she/her", LocalDate.parse("1985-07-07"), "07700 900106", "Flat 16, 12 Canal Side, Northfield (fictional)", "English, Irish", null, true, "ACTIVE", 30, 1),
			new Person("Ebere Nwosu", "Eby", "she/her", LocalDate.parse("1990-03-25"), "07700 900107", "Flat 28, 8 Willow Court, Northfield (fictional)", "English, Igbo", null, true, "ACTIVE", 150, 2),
			new Person("Daniel Mendes", "Dan", "he/him", LocalDate.parse("1983-12-01"), "07700 900108", "Flat 8, 29 Willow Court, Northfield (fictional)", "Portuguese, English", null, true, "ACTIVE", 320, 2),
			new Person("Lee Harrington", null, "he/him", LocalDate.parse("1974-05-16"), "07700 900109", "Flat 4, 74 Willow Court, Northfield (fictional)", "English", "Anxious in offices: meet outdoors where possible", true, "ACTIVE", 85, 2),
			new Person("Shauna McBride", null, "she/her", LocalDate.parse("1999-08-09"), "07700 900110", "Flat 26, 7 Harbour View, Northfield (fictional)", "English", null, true, "ACTIVE", 20, 2),
			new Person("Arjun Mehta", null, "he/him", LocalDate.parse("1968-10-27"), "07700 900111", "Flat 3, 72 Ashgrove Road, Northfield (fictional)", "Gujarati, English", null, true, "ACTIVE", 500, 2),
			new Person("Colin Fairweather", "Col", "he/him", LocalDate.parse("1958-04-04"), "07700 900112", "Flat 19, 54 Ashgrove Road, Northfield (fictional)", "English", "Uses a wheelchair: ground-floor meetings", true, "REFERRED", 0, 0),
			new Person("Zofia Nowak", null, "she/her", LocalDate.parse("1993-01-30"), "07700 900113", "Flat 35, 16 Willow Court, Northfield (fictional)", "Polish", "Interpreter needed for all meetings", true, "REFERRED", 0, 1),
			new Person("Marcus Bell", null, "he/him", LocalDate.parse("1987-09-14"), "07700 900114", "Flat 20, 72 Ashgrove Road, Northfield (fictional)", "English", null, true, "MOVED_ON", 600, 1),
			new Person("Aisha Rahman", null, "she/her", LocalDate.parse("1995-02-11"), "07700 900115", "Flat 7, 75 Willow Court, Northfield (fictional)", "Bengali, English", null, true, "MOVED_ON", 420, 2),
			new Person("Gareth Price", "Gaz", "he/him", LocalDate.parse("1980-06-21"), "07700 900116", "Flat 13, 48 Mill Lane, Northfield (fictional)", "English, Welsh", null, true, "ACTIVE", 130, 1),
			new Person("Robyn Clarke", null, "she/her", LocalDate.parse("2001-12-24"), "07700 900117", "Flat 36, 92 Mill Lane, Northfield (fictional)", "English", "Autistic: likes visits at the same time each week", true, "ACTIVE", 45, 1),
			new Person("Yusuf Demir", null, "he/him", LocalDate.parse("1972-03-08"), "07700 900118", "Flat 37, 8 Willow Court, Northfield (fictional)", "Turkish, English", null, true, "ACTIVE", 260, 2),
			new Person("Tina Marsh", null, "she/her", LocalDate.parse("1966-07-19"), "07700 900119", "Flat 14, 64 Canal Side, Northfield (fictional)", "English", null, true, "ACTIVE", 75, 1),
			new Person("Kwame Mensah", null, "he/him", LocalDate.parse("1984-11-05"), "07700 900120", "Flat 28, 100 Kingfisher Close, Cityside (fictional)", "English, Twi", null, false, "ACTIVE", 190, 1),
			new Person("Helen Stroud", null, "she/her", LocalDate.parse("1970-08-28"), "07700 900121", "Flat 30, 75 Station Road, Cityside (fictional)", "English", null, false, "ACTIVE", 55, 1),
			new Person("Darius Farahani", null, "he/him", LocalDate.parse("1991-05-13"), "07700 900122", "Flat 24, 39 Harbour View, Cityside (fictional)", "Farsi, English", null, false, "ACTIVE", 240, 1),
			new Person("Chloe Winters", "Clo", "she/her", LocalDate.parse("1998-10-02"), "07700 900123", "Flat 12, 90 Harbour View, Cityside (fictional)", "English", null, false, "ACTIVE", 35, 1),
			new Person("Bernard Achterberg", "Bernie", "he/him", LocalDate.parse("1952-12-12"), "07700 900124", "Flat 6, 74 Chapel Row, Cityside (fictional)", "Dutch, English", "Uses a hearing aid", false, "ACTIVE", 880, 1),
			new Person("Ioana Popescu", null, "she/her", LocalDate.parse("1988-04-17"), "07700 900125", "Flat 34, 64 Kingfisher Close, Cityside (fictional)", "Romanian, English", null, false, "ACTIVE", 110, 2),
			new Person("Femi Adeyemi", null, "he/him", LocalDate.parse("1979-09-09"), "07700 900126", "Flat 29, 37 Willow Court, Cityside (fictional)", "English, Yoruba", null, false, "ACTIVE", 300, 2),
			new Person("Stacey Holt", null, "she/her", LocalDate.parse("1994-01-01"), "07700 900127", "Flat 5, 16 Canal Side, Cityside (fictional)", "English", null, false, "ACTIVE", 14, 2),
			new Person("Rory Buchanan", null, "he/him", LocalDate.parse("1963-06-06"), "07700 900128", "Flat 27, 22 Kingfisher Close, Cityside (fictional)", "English", "Reading glasses needed for paperwork", false, "ACTIVE", 420, 1),
			new Person("Leila Haddad", null, "she/her", LocalDate.parse("1997-03-03"), "07700 900129", "Flat 10, 120 Station Road, Cityside (fictional)", "Arabic, English", null, false, "REFERRED", 0, 0),
			new Person("Piotr Zielinski", null, "he/him", LocalDate.parse("1975-11-11"), "07700 900130", "Flat 27, 6 Mill Lane, Cityside (fictional)", "Polish, English", null, false, "REFERRED", 0, 1),
			new Person("Sinead Byrne", null, "she/her", LocalDate.parse("1986-02-20"), "07700 900131", "Flat 36, 74 Kingfisher Close, Cityside (fictional)", "English", null, false, "MOVED_ON", 365, 1),
			new Person("Oliver Grant", "Ollie", "he/him", LocalDate.parse("2000-07-29"), "07700 900132", "Flat 22, 89 Kingfisher Close, Cityside (fictional)", "English", null, false, "ACTIVE", 70, 1),
			new Person("Mariam Yusuf", null, "she/her", LocalDate.parse("1982-05-05"), "07700 900133", "Flat 39, 64 Willow Court, Cityside (fictional)", "Somali, English", null, false, "ACTIVE", 160, 1),
			new Person("Kieran Doyle", null, "he/him", LocalDate.parse("1977-08-08"), "07700 900134", "Flat 30, 9 Mill Lane, Cityside (fictional)", "English", null, false, "ACTIVE", 230, 2),
			new Person("Angela Fraser", "Angie", "she/her", LocalDate.parse("1960-10-10"), "07700 900135", "Flat 18, 61 Mill Lane, Cityside (fictional)", "English", null, false, "ACTIVE", 540, 1),
			new Person("Tariq Mahmood", null, "he/him", LocalDate.parse("1990-12-30"), "07700 900136", "Flat 4, 94 Chapel Row, Cityside (fictional)", "Urdu, English", null, false, "ACTIVE", 90, 2),
			new Person("Nadia Kaur", null, "she/her", LocalDate.parse("1993-09-19"), "07700 900137", "Flat 37, 88 Station Road, Cityside (fictional)", "Punjabi, English", null, false, "ACTIVE", 125, 1),
			new Person("Ellis Frost", null, "they/them", LocalDate.parse("1999-04-22"), "07700 900138", "Flat 19, 92 Orchard Walk, Cityside (fictional)", "English", "Uses they/them; check before using a family name", false, "ACTIVE", 40, 1),
			new Person("Wendy Lam", null, "she/her", LocalDate.parse("1969-01-13"), "07700 900139", "Flat 23, 3 Station Road, Cityside (fictional)", "Cantonese, English", "Interpreter for formal meetings", false, "MOVED_ON", 480, 2));
	}

}
