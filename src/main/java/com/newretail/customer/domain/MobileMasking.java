package com.newretail.customer.domain;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.newretail.platform.reads.Masking;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A member's mobile is personal data: the roles that serve members in person (and headquarters)
 * see it whole, the others — analysts, marketers, org admins — as {@code 138****5678}. The roles
 * are the setting {@code newretail.customer.full-mobile-roles}.
 */
public final class MobileMasking implements Masking {

    public static final MobileMasking INSTANCE = new MobileMasking();

    static final String ROLES = "newretail.customer.full-mobile-roles";

    private MobileMasking() {
    }

    @Override
    public boolean revealsTo(SecurityIdentity caller) {
        if (caller == null || caller.isAnonymous()) {
            return false;
        }
        // Read per call: test profiles restart the application with other settings in one JVM.
        List<String> roles = ConfigProvider.getConfig().getOptionalValues(ROLES, String.class).orElse(List.of());
        return roles.stream().anyMatch(caller::hasRole);
    }

    /** The first three and the last four digits. */
    @Override
    public String mask(String mobile) {
        return mobile.length() < 8 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
