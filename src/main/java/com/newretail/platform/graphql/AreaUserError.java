package com.newretail.platform.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.platform.mutation.Refusal;

/**
 * The body every area's userError shares: a refusal in the area's code enum {@code C}. An area's
 * type names itself, gives an example path for {@code field} and publishes {@code code} with its own
 * enum type, e.g. {@code class CustomerUserError extends AreaUserError<CustomerErrorCode> implements UserError}.
 * (The base does not implement {@link UserError} itself: SmallRye would publish it as a type.)
 */
public abstract class AreaUserError<C extends Enum<C>> {

    private final Refusal<C> refusal;

    protected AreaUserError(Refusal<C> refusal) {
        this.refusal = refusal;
    }

    public List<@NonNull String> getField() {
        return refusal.field();
    }

    @NonNull
    @Description("What went wrong, in words a user can act on.")
    public String getMessage() {
        return refusal.message();
    }

    /** The area's code; each area publishes it as {@code getCode()} (SmallRye cannot publish a type variable). */
    protected C code() {
        return refusal.code();
    }
}
