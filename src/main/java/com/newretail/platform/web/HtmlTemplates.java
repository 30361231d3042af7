package com.newretail.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/**
 * The server-rendered pages' Qute templates (survey forms, the dashboard page), read from the
 * classpath at start-up (also in the native image: {@code quarkus.native.resources.includes}).
 * Every value is HTML-escaped; views are maps, so no reflection is needed.
 */
public final class HtmlTemplates {

    private static final Engine ENGINE = Engine.builder().addDefaults().addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();

    private HtmlTemplates() {
    }

    /** The template at {@code resource} (e.g. {@code templates/survey/form.html}); fails at start-up when it is missing. */
    public static Template load(String resource) {
        try (InputStream in = HtmlTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            return ENGINE.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Variant.forContentType(Variant.TEXT_HTML), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + resource, e);
        }
    }
}
