package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.newretail.platform.errors.ShownExceptions;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The exceptions configured as client-visible are exactly those registered for the native image's reflection. */
class ShownExceptionsTest {

    @Test
    void everyConfiguredExceptionIsRegisteredForReflectionAndNoOther() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Set<String> configured = Arrays.stream(properties.getProperty("quarkus.smallrye-graphql.show-runtime-exception-message").split(","))
                .map(String::trim).collect(Collectors.toSet());
        Set<String> registered = Arrays.stream(ShownExceptions.class.getAnnotation(RegisterForReflection.class).targets())
                .map(Class::getName).collect(Collectors.toSet());
        assertEquals(configured, registered);
    }
}
