package org.keywork.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the {@link DataGenerator} will load, decided in Java from the seed alone: the
 * teams' sizes, the staff (a manager per team, workers, peers) and the people with their
 * status, dates and keyworker (caseloads of 15 to 30). The same preset and seed always
 * give the same plan; {@link DataGenerator} turns it into rows.
 */
final class GenerationPlan {

	/**
	 * The share of the people in a team who are on a caseload; the rest are referred or
	 * have moved on.
	 */
	private static final double ASSIGNED_SHARE = 0.9;

	private static final String[] FIRST = { "Alex", "Sam", "Jordan", "Charlie", "Robin", "Jamie", "Taylor", "Morgan",
			"Casey", "Riley", "Avery", "Quinn", "Rowan", "Hayden", "Sasha", "Amira", "Bilal", "Chloe", "Dev", "Ellie",
			"Femi", "Grace", "Hamza", "Isla", "Jack", "Kofi", "Leah", "Mohammed", "Niamh", "Oscar", "Priya", "Ravi",
			"Sophie", "Tom", "Usha", "Wiktor", "Yusuf", "Zara", "Ioana", "Siobhan" };

	private static final String[] LAST = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
			"Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
			"Khan", "Wood", "Clarke", "Jackson", "Hughes", "Edwards", "Ahmed", "Kowalski", "Murphy", "O'Neill",
			"Okafor", "Nowak", "Campbell", "Stewart", "Mensah", "Ali", "Singh", "Begum", "Price", "Lloyd", "Hussain",
			"Byrne" };

	private static final String[] PRONOUNS = { "she/her", "he/him", "they/them", null, null };

	private GenerationPlan() {
	}

	record Staff(String username, String displayName, String role, int team) {
	}

	record Person(int i, String legalName, String preferredName, String pronouns, LocalDate dob, String phone,
			String address, int team, String status, LocalDate supportStart, LocalDate supportEnd, LocalDate referredOn,
			String keyworker) {
	}

	record Plan(DataGenerator.Preset preset, long seed, List<Staff> staff, List<Person> people, int[][] peersByTeam,
			int[] teamStart, int[] teamSize) {
	}

	static Plan of(DataGenerator.Preset preset, long seed, LocalDate today) {
		SplittableRandom random = new SplittableRandom(seed);
		int teams = preset.teams;
		int[] size = shares(preset.people, weights(teams, random));
		int peers = Math.max(1, preset.staff / 16);
		int workers = preset.staff - teams - peers;
		int[] workersInTeam = shares(workers, size);
		List<Staff> staff = new ArrayList<>();
		List<Person> people = new ArrayList<>();
		int[] teamStart = new int[teams];
		int worker = 0;
		int person = 0;
		for (int t = 0; t < teams; t++) {
			staff.add(new Staff("gen-manager-" + (t + 1), name(random) + " (generated)", "MANAGER", t));
			int w = Math.max(1, workersInTeam[t]);
			int[] caseload = caseloads(w, size[t], random);
			String[] workerNames = new String[w];
			for (int k = 0; k < w; k++) {
				workerNames[k] = "gen-worker-" + (++worker);
				staff.add(new Staff(workerNames[k], name(random) + " (generated)", "WORKER", t));
			}
			teamStart[t] = person;
			int k = 0;
			int left = caseload.length == 0 ? 0 : caseload[0];
			for (int j = 0; j < size[t]; j++) {
				person++;
				while (k < caseload.length && left == 0) {
					k++;
					left = k < caseload.length ? caseload[k] : 0;
				}
				String keyworker = null;
				String status;
				if (k < caseload.length) {
					keyworker = workerNames[k];
					left--;
					status = "ACTIVE";
				}
				else {
					status = (j % 3 == 0) ? "REFERRED" : "MOVED_ON";
				}
				people.add(person(person, t, status, keyworker, random, today));
			}
		}
		int[][] peersByTeam = new int[teams][];
		List<List<Integer>> lists = new ArrayList<>();
		for (int t = 0; t < teams; t++) {
			lists.add(new ArrayList<>());
		}
		for (int p = 0; p < peers; p++) {
			int t = p % teams;
			staff.add(new Staff("gen-peer-" + (p + 1), name(random) + " (generated)", "PEER", t));
			lists.get(t).add(p + 1);
		}
		for (int t = 0; t < teams; t++) {
			peersByTeam[t] = lists.get(t).stream().mapToInt(Integer::intValue).toArray();
		}
		return new Plan(preset, seed, staff, people, peersByTeam, teamStart, size);
	}

	private static int[] weights(int teams, SplittableRandom random) {
		int[] weights = new int[teams];
		for (int t = 0; t < teams; t++) {
			weights[t] = 200 + random.nextInt(401);
		}
		return weights;
	}

	/**
	 * Splits total in proportion to the weights (largest parts first for the remainder).
	 */
	private static int[] shares(int total, int[] weights) {
		long sum = 0;
		for (int w : weights) {
			sum += w;
		}
		int[] shares = new int[weights.length];
		int given = 0;
		for (int t = 0; t < weights.length; t++) {
			shares[t] = (int) (total * (long) weights[t] / sum);
			given += shares[t];
		}
		for (int t = 0; given < total; t = (t + 1) % weights.length) {
			shares[t]++;
			given++;
		}
		return shares;
	}

	/**
	 * Caseloads of 15 to 30 for the team's workers, adding up to about 90% of its people.
	 */
	private static int[] caseloads(int workers, int teamSize, SplittableRandom random) {
		int target = Math.min(teamSize,
				Math.max(15 * workers, Math.min(30 * workers, (int) Math.round(teamSize * ASSIGNED_SHARE))));
		int[] caseload = new int[workers];
		int sum = 0;
		for (int k = 0; k < workers; k++) {
			caseload[k] = 15 + random.nextInt(16);
			sum += caseload[k];
		}
		int k = 0;
		int guard = 0;
		while (sum != target && guard++ < 100_000) {
			if (sum > target && caseload[k] > 15) {
				caseload[k]--;
				sum--;
			}
			else if (sum < target && caseload[k] < 30) {
				caseload[k]++;
				sum++;
			}
			k = (k + 1) % workers;
		}
		return caseload;
	}

	private static String name(SplittableRandom random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

	private static Person person(int i, int team, String status, String keyworker, SplittableRandom random,
			LocalDate today) {
		String first = FIRST[random.nextInt(FIRST.length)];
		String last = LAST[random.nextInt(LAST.length)];
		String preferred = random.nextInt(10) < 3 ? first.substring(0, Math.min(first.length(), 3)) : null;
		String pronouns = PRONOUNS[random.nextInt(PRONOUNS.length)];
		LocalDate dob = today.minusYears(18 + random.nextInt(58)).minusDays(random.nextInt(365));
		String phone = "07700 900" + "%03d".formatted(random.nextInt(1000));
		String address = (1 + random.nextInt(200)) + " " + LAST[random.nextInt(LAST.length)]
				+ " Road, Generated Town (generated)";
		LocalDate start = null;
		LocalDate end = null;
		LocalDate referred;
		switch (status) {
			case "ACTIVE" -> {
				start = today.minusDays(30 + random.nextInt(2000));
				referred = start.minusDays(7 + random.nextInt(30));
			}
			case "MOVED_ON" -> {
				start = today.minusDays(400 + random.nextInt(1800));
				end = start.plusDays(180 + random.nextInt(200));
				referred = start.minusDays(7 + random.nextInt(30));
			}
			default -> referred = today.minusDays(1 + random.nextInt(30));
		}
		return new Person(i, first + " " + last + " (generated)", preferred, pronouns, dob, phone, address, team,
				status, start, end, referred, keyworker);
	}

}
