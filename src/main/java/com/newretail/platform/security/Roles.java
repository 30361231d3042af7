package com.newretail.platform.security;

/**
 * The realm roles the product knows (Keycloak realm {@code new-retail}). Keycloak is the source of
 * truth for who holds which role; the service only reads them from the token.
 */
public final class Roles {

    public static final String HQ_ADMIN = "hq-admin";
    public static final String ORG_ADMIN = "org-admin";
    public static final String STORE_MANAGER = "store-manager";
    public static final String SALES_CLERK = "sales-clerk";
    public static final String WAREHOUSE_KEEPER = "warehouse-keeper";
    public static final String MARKETING_OPERATOR = "marketing-operator";
    public static final String ANALYST = "analyst";

    /** Every product role: for reads that any member of staff may make. */
    public static final String[] ALL = {
        HQ_ADMIN, ORG_ADMIN, STORE_MANAGER, SALES_CLERK, WAREHOUSE_KEEPER, MARKETING_OPERATOR, ANALYST
    };

    private Roles() {
    }
}
