package com.newretail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table belongs to the module whose migration ({@code V<n>__<module>_<what>.sql}) creates it, and
 * only that module's SQL names it. Other modules go through its {@code api/}. Documented exceptions:
 * every module reads {@code org_unit} paths through the data-scope predicate (ADR 0005), and
 * {@code audit_event} was created by an organization migration but belongs to {@code platform.audit}.
 * A module may publish a read contract as a view named {@code api_<what>} (ADR 0013): any module may
 * read it, none may write through it, and its owner stays free to reshape the tables behind it.
 */
class TableOwnershipTest {

    private static final Path PROJECT = Path.of(System.getProperty("newretail.project.dir", "."));
    private static final Path MIGRATIONS = PROJECT.resolve("src/main/resources/db/migration");
    private static final Path SOURCES = PROJECT.resolve("src/main/java/com/newretail");
    private static final Pattern CREATE = Pattern.compile("(?i)CREATE TABLE\\s+(\\w+)");
    private static final Pattern CREATE_VIEW = Pattern.compile("(?i)CREATE VIEW\\s+(\\w+)");
    private static final Pattern USE = Pattern.compile("(?i)\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)");
    private static final Map<String, String> OWNER_OVERRIDES = Map.of("audit_event", "platform");
    private static final List<String> READ_EVERYWHERE = List.of("org_unit");

    @Test
    void onlyTheOwningModuleNamesATable() throws IOException {
        Map<String, String> owners = owners();
        assertTrue(owners.containsKey("stock_ledger") && owners.containsKey("retail_order"), owners.toString());
        List<String> reachIns = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher use = USE.matcher(Files.readString(file));
                while (use.find()) {
                    String table = use.group(2).toLowerCase();
                    String owner = owners.get(table);
                    boolean read = use.group(1).equalsIgnoreCase("FROM") || use.group(1).equalsIgnoreCase("JOIN");
                    boolean published = table.startsWith("api_") && read;
                    if (owner != null && !owner.equals(module) && !READ_EVERYWHERE.contains(table) && !published) {
                        reachIns.add(SOURCES.relativize(file) + " names " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), reachIns);
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__\\w+\\.sql")).toList()) {
                String module = file.getFileName().toString().replaceFirst("V\\d+__", "").replace(".sql", "").split("_")[0];
                String sql = Files.readString(file);
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    String table = create.group(1).toLowerCase();
                    owners.put(table, OWNER_OVERRIDES.getOrDefault(table, module));
                }
                Matcher view = CREATE_VIEW.matcher(sql);
                while (view.find()) {
                    owners.put(view.group(1).toLowerCase(), module);
                }
            }
        }
        return owners;
    }
}
