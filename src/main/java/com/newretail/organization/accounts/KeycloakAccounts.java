package com.newretail.organization.accounts;

import static com.newretail.organization.domain.OrganizationErrorCode.KEYCLOAK_UNAVAILABLE;
import static com.newretail.organization.domain.OrganizationErrorCode.USERNAME_TAKEN;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import com.newretail.platform.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Staff accounts in Keycloak through its Admin API (service account of the {@code new-retail-api}
 * client). The admin client blocks, so each call runs on a worker thread and completes back on the
 * caller's event-loop context. Only the product's realm roles are ever added or removed: roles an
 * admin gave in the Keycloak console for other purposes are left alone.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    private static final Set<String> PRODUCT_ROLES = Set.of(Roles.ALL);

    private final Keycloak keycloak;
    private final Vertx vertx;
    private final String realm;

    public KeycloakAccounts(Keycloak keycloak, Vertx vertx,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.vertx = vertx;
        this.realm = realm;
    }

    /** Creates an enabled user who must change the temporary password at first sign-in; returns its id. */
    public Uni<String> create(NewAccount account) {
        return blocking("create user " + account.username(), () -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(account.username());
            user.setEmail(account.email());
            user.setEmailVerified(account.email() != null);
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEnabled(true);
            user.setRequiredActions(List.of("UPDATE_PASSWORD"));
            user.setCredentials(List.of(temporaryPassword(account.temporaryPassword())));
            String id;
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw new AccountException(USERNAME_TAKEN,
                            "Keycloak already has a user '" + account.username() + "' or that email", null);
                }
                id = CreatedResponseUtil.getCreatedId(response);
            }
            try {
                replaceProductRoles(realm().users().get(id), account.realmRoles());
            } catch (RuntimeException e) {
                realm().users().delete(id).close();
                throw e;
            }
            return id;
        });
    }

    /** Removes a user; used to undo a creation whose database half failed. */
    public Uni<Void> delete(String userId) {
        return blocking("delete user " + userId, () -> {
            realm().users().delete(userId).close();
            return null;
        });
    }

    /** Makes the user's product roles exactly {@code roles}. */
    public Uni<Void> setRoles(String userId, List<String> roles) {
        return blocking("set roles of " + userId, () -> {
            replaceProductRoles(realm().users().get(userId), roles);
            return null;
        });
    }

    /** Disables the user and ends their sessions, so refresh tokens stop working at once. */
    public Uni<Void> disable(String userId) {
        return blocking("disable user " + userId, () -> {
            UserResource user = realm().users().get(userId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(false);
            user.update(representation);
            user.logout();
            return null;
        });
    }

    /** Sets a new temporary password the user must change at next sign-in. */
    public Uni<Void> resetPassword(String userId, String temporaryPassword) {
        return blocking("reset password of " + userId, () -> {
            UserResource user = realm().users().get(userId);
            user.resetPassword(temporaryPassword(temporaryPassword));
            UserRepresentation representation = user.toRepresentation();
            representation.setRequiredActions(List.of("UPDATE_PASSWORD"));
            representation.setEnabled(true);
            user.update(representation);
            return null;
        });
    }

    private void replaceProductRoles(UserResource user, List<String> wanted) {
        List<RoleRepresentation> current = user.roles().realmLevel().listEffective();
        List<RoleRepresentation> toRemove = current.stream()
                .filter(r -> PRODUCT_ROLES.contains(r.getName()) && !wanted.contains(r.getName())).toList();
        List<String> have = current.stream().map(RoleRepresentation::getName).toList();
        List<RoleRepresentation> toAdd = wanted.stream().filter(name -> !have.contains(name))
                .map(name -> realm().roles().get(name).toRepresentation()).toList();
        if (!toRemove.isEmpty()) {
            user.roles().realmLevel().remove(toRemove);
        }
        if (!toAdd.isEmpty()) {
            user.roles().realmLevel().add(toAdd);
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static CredentialRepresentation temporaryPassword(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    private <T> Uni<T> blocking(String what, Callable<T> call) {
        return vertx.executeBlocking(() -> {
            try {
                return call.call();
            } catch (AccountException e) {
                throw e;
            } catch (WebApplicationException e) {
                LOG.warnf("Keycloak refused to %s: HTTP %d", what, e.getResponse().getStatus());
                throw new AccountException(KEYCLOAK_UNAVAILABLE, "Keycloak refused the change (HTTP "
                        + e.getResponse().getStatus() + "); nothing was changed", e);
            } catch (Exception e) {
                LOG.warnf(e, "Keycloak unavailable to %s", what);
                throw new AccountException(KEYCLOAK_UNAVAILABLE, "Keycloak is unavailable; nothing was changed", e);
            }
        }, false);
    }
}
