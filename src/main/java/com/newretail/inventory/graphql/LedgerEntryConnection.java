package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of LedgerEntrys. */
@Type("LedgerEntryConnection")
@Description("A page of ledger entries.")
public class LedgerEntryConnection {

    /** Relay edge of a ledger entry. */
    @Type("LedgerEntryEdge")
    @Description("A ledger entry in a list, with its cursor.")
    public static class Edge {
        private final LedgerEntry node;
        private final String cursor;

        public Edge(LedgerEntry node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The ledger entry.")
        public LedgerEntry getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this ledger entry.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public LedgerEntryConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The ledger entries on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more ledger entries follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
