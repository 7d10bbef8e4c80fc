package org.keywork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table ownership as written down in ADR 009 ({@code docs/adr/009-table-ownership.md})
 * holds: every table of the migrations has one owner there; only the owner (and the
 * {@code demo} seeders) writes it; another package reads it in SQL only where the ADR
 * lists that package; every listed read still happens; every test the ADR names for a
 * read exists. The ADR's markdown table is the data: a new cross-package read is a new
 * entry there.
 *
 * <p>
 * The SQL is found by reading the string literals and text blocks of
 * {@code src/main/java} (comments left out): {@code from}/{@code join} followed by a
 * table name is a read; {@code insert into}, {@code update}, {@code delete from} a write.
 * Table names are matched in lower case, so JPQL's entity names never count.
 */
class TableOwnershipTests {

	private static final Path ADR = Path.of("docs/adr/009-table-ownership.md");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path MAIN = Path.of("src/main/java/org/keywork");

	private static final Path TEST = Path.of("src/test/java");

	/** The package that may write any table: the demo seeders. */
	private static final String DEMO = "demo";

	/**
	 * The only places a table name is built at run time (and so cannot be scanned), with
	 * the tables it can be: {@code ListAdministration} edits the two configurable lists,
	 * both its own package's.
	 */
	private static final Map<String, Set<String>> DYNAMIC = Map.of("support/ListAdministration.java",
			Set.of("life_area", "safety_category"));

	private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern DROP = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");

	private static final Pattern RENAME = Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");

	private static final Pattern WRITE = Pattern.compile(
			"(?i:\\binsert\\s+into|\\bupdate|\\bdelete\\s+from|\\btruncate(?:\\s+table)?)\\s+([a-z_][a-z0-9_]*)\\b");

	private static final Pattern READ = Pattern.compile("(?i:\\bfrom|\\bjoin)\\s+([a-z_][a-z0-9_]*)\\b");

	/**
	 * A literal that ends where a table name should follow: the name is built at run
	 * time.
	 */
	private static final Pattern DYNAMIC_NAME = Pattern.compile("(?i)\\b(from|join|into|update)\\s*$");

	/**
	 * A row of the ADR's table: {@code | `table` | `owner` | `reader` (Tests), ... |}.
	 */
	private static final Pattern ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|\\s*`(\\w+)`\\s*\\|(.*)\\|\\s*$");

	private static final Pattern READER = Pattern.compile("`(\\w+)`\\s*\\(([^)]*)\\)");

	private static Set<String> tables;

	private static Map<String, Ownership> adr;

	private static List<Access> accesses;

	@BeforeAll
	static void read() throws IOException {
		tables = migrationTables();
		adr = adrTable();
		accesses = scan();
	}

	@Test
	void everyTableOfTheMigrationsHasOneOwnerInTheAdr() {
		assertThat(adr.keySet()).as("tables in ADR 009 compared with the migrations")
			.containsExactlyInAnyOrderElementsOf(tables);
		assertThat(adr.values()).allSatisfy(
				o -> assertThat(MAIN.resolve(o.owner())).as("owner of %s is a package", o.table()).isDirectory());
	}

	@Test
	void onlyTheOwnerOrTheDemoDataWritesATable() {
		List<String> foreign = accesses.stream()
			.filter(Access::write)
			.filter(a -> !a.pkg().equals(DEMO) && !a.pkg().equals(ownerOf(a.table())))
			.map(a -> a + " (owner: " + ownerOf(a.table()) + ")")
			.distinct()
			.toList();
		assertThat(foreign).as("writes to another package's table").isEmpty();
	}

	@Test
	void aPackageReadsAnotherPackagesTableOnlyWhereTheAdrSaysSo() {
		List<String> unlisted = accesses.stream()
			.filter(a -> !a.write())
			.filter(a -> !a.pkg().equals(DEMO) && !a.pkg().equals(ownerOf(a.table())))
			.filter(a -> !adr.get(a.table()).readers().containsKey(a.pkg()))
			.map(Access::toString)
			.distinct()
			.toList();
		assertThat(unlisted).as("cross-package reads not listed in ADR 009 (add them, with the test that covers them)")
			.isEmpty();
	}

	@Test
	void everyReadTheAdrListsStillHappens() {
		Set<String> happening = accesses.stream()
			.filter(a -> !a.write())
			.map(a -> a.pkg() + " reads " + a.table())
			.collect(Collectors.toSet());
		List<String> stale = adr.values()
			.stream()
			.flatMap(o -> o.readers().keySet().stream().map(pkg -> pkg + " reads " + o.table()))
			.filter(read -> !happening.contains(read))
			.toList();
		assertThat(stale).as("reads listed in ADR 009 that no longer happen (take them out)").isEmpty();
	}

	@Test
	void everyCrossPackageReadNamesATestThatExists() throws IOException {
		Set<String> testClasses;
		try (Stream<Path> files = Files.walk(TEST)) {
			testClasses = files.map(f -> f.getFileName().toString())
				.filter(name -> name.endsWith(".java"))
				.map(name -> name.substring(0, name.length() - ".java".length()))
				.collect(Collectors.toSet());
		}
		List<String> missing = new ArrayList<>();
		adr.values().forEach(o -> o.readers().forEach((pkg, tests) -> {
			if (tests.isEmpty()) {
				missing.add(pkg + " reads " + o.table() + ": no test named");
			}
			tests.stream()
				.filter(test -> !testClasses.contains(test))
				.forEach(test -> missing.add(pkg + " reads " + o.table() + ": no test class " + test));
		}));
		assertThat(missing).isEmpty();
	}

	@Test
	void tableNamesAreBuiltAtRunTimeOnlyWhereAllowed() throws IOException {
		List<String> dynamic = new ArrayList<>();
		for (Path file : javaFiles()) {
			String name = MAIN.relativize(file).toString().replace('\\', '/');
			for (String literal : literals(Files.readString(file))) {
				if (DYNAMIC_NAME.matcher(literal).find() && !DYNAMIC.containsKey(name)) {
					dynamic.add(name + ": \"" + literal.strip() + "\"");
				}
			}
		}
		assertThat(dynamic).as("SQL whose table name is built at run time cannot be checked").isEmpty();
		DYNAMIC.forEach((file, names) -> names
			.forEach(table -> assertThat(ownerOf(table)).as("%s builds the name of %s", file, table)
				.isEqualTo(file.substring(0, file.indexOf('/')))));
	}

	@Test
	void theScannerFindsSqlInLiteralsAndTextBlocksButNotInCommentsOrJpql() {
		String tq = "\"\"\"";
		String source = String.join("\n", "// select * from comment_table", "/* insert into block_comment */",
				"class X {", "  char quote = '\"';",
				"  String a = \"select x from some_table t join other_table o on o.id = t.id\";", "  String b = " + tq,
				"    update written_table set x = 1 where y in (select y from \\" + tq + "inner_table\\" + tq + ")",
				"    " + tq + ";", "  String jpql = \"select a from Account a join a.teams t\";", "}");
		List<String> literals = literals(source);
		assertThat(String.join(" | ", literals)).doesNotContain("comment_table", "block_comment");
		assertThat(literals).hasSize(3);
		assertThat(literals.get(1)).as("an escaped \"\"\" does not end a text block").contains("inner_table");
		List<String> reads = new ArrayList<>();
		List<String> writes = new ArrayList<>();
		literals.forEach(l -> {
			READ.matcher(l).results().forEach(m -> reads.add(m.group(1)));
			WRITE.matcher(l).results().forEach(m -> writes.add(m.group(1)));
		});
		assertThat(reads).contains("some_table", "other_table").doesNotContain("Account");
		assertThat(writes).containsExactly("written_table");
	}

	private static String ownerOf(String table) {
		return adr.get(table).owner();
	}

	private static Set<String> migrationTables() throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql"))
				.sorted(TableOwnershipTests::byVersion)
				.toList()) {
				String sql = Files.readString(file);
				// one change per migration: applying creates, renames and drops in that
				// order is enough here
				CREATE.matcher(sql).results().forEach(m -> found.add(m.group(1).toLowerCase()));
				RENAME.matcher(sql).results().forEach(m -> {
					found.remove(m.group(1).toLowerCase());
					found.add(m.group(2).toLowerCase());
				});
				DROP.matcher(sql).results().forEach(m -> found.remove(m.group(1).toLowerCase()));
			}
		}
		return found;
	}

	private static int byVersion(Path a, Path b) {
		return Integer.compare(version(a), version(b));
	}

	private static int version(Path migration) {
		String name = migration.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")).replaceAll("\\D.*", ""));
	}

	private static Map<String, Ownership> adrTable() throws IOException {
		Map<String, Ownership> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(ADR)) {
			Matcher row = ROW.matcher(line);
			if (!row.matches()) {
				continue;
			}
			Map<String, List<String>> readers = new LinkedHashMap<>();
			READER.matcher(row.group(3))
				.results()
				.forEach(r -> readers.put(r.group(1),
						Stream.of(r.group(2).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()));
			Ownership previous = rows.put(row.group(1), new Ownership(row.group(1), row.group(2), readers));
			assertThat(previous).as("%s appears twice in ADR 009", row.group(1)).isNull();
		}
		assertThat(rows).as("the table in ADR 009").isNotEmpty();
		return rows;
	}

	private static List<Access> scan() throws IOException {
		List<Access> found = new ArrayList<>();
		for (Path file : javaFiles()) {
			Path relative = MAIN.relativize(file);
			String pkg = relative.getName(0).toString();
			String name = relative.getFileName().toString();
			if (relative.getNameCount() < 2) {
				continue; // the application class, directly in org.keywork
			}
			for (String literal : literals(Files.readString(file))) {
				Set<Integer> writeKeywords = new HashSet<>();
				Matcher write = WRITE.matcher(literal);
				while (write.find()) {
					if (tables.contains(write.group(1))) {
						found.add(new Access(pkg, name, write.group(1), true));
						writeKeywords.add(write.start(1));
					}
				}
				Matcher read = READ.matcher(literal);
				while (read.find()) {
					// "delete from t" is a write, not also a read
					if (tables.contains(read.group(1)) && !writeKeywords.contains(read.start(1))) {
						found.add(new Access(pkg, name, read.group(1), false));
					}
				}
			}
		}
		assertThat(found).as("SQL found in src/main/java").isNotEmpty();
		return found;
	}

	private static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	/**
	 * The string literals and text blocks of a Java source, as written (escapes left in),
	 * leaving out comments and character literals.
	 */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = (end < 0) ? n : end + 1;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = i + 3;
				while (!source.startsWith("\"\"\"", end)) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				literals.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int end = i + 1;
				while (source.charAt(end) != quote) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(source.substring(i + 1, end));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	/**
	 * A table's owner and the other packages that may read it, each with the tests that
	 * cover the read.
	 */
	private record Ownership(String table, String owner, Map<String, List<String>> readers) {
	}

	/** One mention of a table in a package's SQL. */
	private record Access(String pkg, String file, String table, boolean write) {

		@Override
		public String toString() {
			return this.pkg + "/" + this.file + (this.write ? " writes " : " reads ") + this.table;
		}

	}

}
