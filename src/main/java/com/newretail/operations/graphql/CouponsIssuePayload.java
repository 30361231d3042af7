package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.CouponIssuer.Issued;
import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Result of issuing coupons. */
@Type("CouponsIssuePayload")
@Description("Result of issuing coupons: how many were issued and skipped, and the template with its counters; or why none was issued.")
public record CouponsIssuePayload(
        @Ignore Long templateId,
        @NonNull @Description("Coupons issued (one per member).") int issuedCount,
        @NonNull @Description("Members skipped because they already hold as many as one person may.") int skippedCount,
        @NonNull @Description("Why none was issued; empty on success.") List<@NonNull CouponUserError> userErrors) {

    /** Stores the template and the two counts, so a replay answers the same. */
    static final PayloadKind<Issued, CouponsIssuePayload, CouponUserError> KIND = new PayloadKind<>(CouponUserError.AREA,
            (issued, errors) -> issued == null ? new CouponsIssuePayload(null, 0, 0, errors)
                    : new CouponsIssuePayload(issued.templateId(), issued.issued(), issued.skipped(), errors),
            CouponsIssuePayload::userErrors, issued -> issued.templateId() + ":" + issued.issued() + ":" + issued.skipped(),
            stored -> {
                String[] parts = stored.split(":");
                return Uni.createFrom().item(new CouponsIssuePayload(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                        List.of()));
            });
}
