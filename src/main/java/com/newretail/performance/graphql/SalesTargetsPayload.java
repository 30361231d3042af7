package com.newretail.performance.graphql;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.PayloadKind;

import io.smallrye.mutiny.Uni;

/** Result of a mutation that sets one or more targets; the targets are read after the change committed. */
@Type("SalesTargetsPayload")
@Description("Result of setting, splitting or accepting targets: the targets written, or why nothing changed.")
public record SalesTargetsPayload(
        @Ignore List<Long> targetIds,
        @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull TargetUserError> userErrors) {

    /** Stores the targets' global IDs, space-separated, so a replayed key answers the same targets. */
    static final PayloadKind<List<Long>, SalesTargetsPayload, TargetUserError> KIND = new PayloadKind<>(TargetUserError.AREA,
            SalesTargetsPayload::new, SalesTargetsPayload::userErrors,
            ids -> String.join(" ", ids.stream().map(id -> GlobalId.encode(SalesTarget.TYPE, id)).toList()),
            stored -> Uni.createFrom().item(new SalesTargetsPayload(Arrays.stream(stored.split(" ")).filter(s -> !s.isEmpty())
                    .map(id -> GlobalId.decode(id, SalesTarget.TYPE)).toList(), List.of())));
}
