package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of LedgerEntrys. */
@Type("LedgerEntryConnection")
@Description("A page of ledger entries.")
public record LedgerEntryConnection(
        @NonNull @Description("The ledger entries on this page.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more ledger entries follow.") PageInfo pageInfo) {

    /** Relay edge of a ledger entry. */
    @Type("LedgerEntryEdge")
    @Description("A ledger entry in a list, with its cursor.")
    public record Edge(
            @NonNull @Description("The ledger entry.") LedgerEntry node,
            @NonNull @Description("Pass as `after` to continue after this ledger entry.") String cursor) {
    }
}
