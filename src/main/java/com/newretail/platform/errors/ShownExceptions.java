package com.newretail.platform.errors;

import com.newretail.platform.events.LiveUpdatesInterruptedException;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.InvalidGlobalIdException;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The exceptions whose messages clients may see ({@code show-runtime-exception-message}). They are
 * named in configuration and loaded by name at start-up ({@link ErrorHandlingInstaller}), which a
 * native image only allows for classes registered for reflection; a test keeps this list and the
 * configuration equal.
 */
@RegisterForReflection(targets = { UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
        InvalidGlobalIdException.class, InvalidArgumentException.class, LiveUpdatesInterruptedException.class })
public final class ShownExceptions {

    private ShownExceptions() {
    }
}
