package com.newretail.platform.scope;

import java.util.Optional;

import io.smallrye.mutiny.Uni;

/**
 * Finds the staff record bound to a Keycloak user (the token's subject). Implemented by the
 * organization module, which owns staff; the platform only knows this interface.
 */
public interface CallerBindingLookup {

    Uni<Optional<CallerBinding>> find(String subject);
}
