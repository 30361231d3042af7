package com.newretail.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@code newretail.rules.*} table from application.properties, read the way the app reads it,
 * for tests that run outside the app (the packaged-app integration tests).
 */
public final class RoleRules {

    private RoleRules() {
    }

    /** Each guarded GraphQL type and the operation whose rule guards it ({@code newretail.type-rules.*}). */
    public static Map<String, String> typeRules() {
        Properties properties = properties();
        Map<String, String> rules = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("newretail.type-rules.")) {
                rules.put(name.substring("newretail.type-rules.".length()), properties.getProperty(name).trim());
            }
        }
        return rules;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = RoleRules.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static Map<String, Set<String>> load() {
        Properties properties = properties();
        Map<String, Set<String>> rules = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("newretail.rules.")) {
                String value = expand(properties.getProperty(name), properties);
                rules.put(name.substring("newretail.rules.".length()),
                        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
            }
        }
        return rules;
    }

    private static String expand(String value, Properties properties) {
        String result = value;
        int start;
        while ((start = result.indexOf("${")) >= 0) {
            int end = result.indexOf('}', start);
            result = result.substring(0, start) + properties.getProperty(result.substring(start + 2, end), "") + result.substring(end + 1);
        }
        return result;
    }
}
