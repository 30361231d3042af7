package com.newretail.customer.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.graphql.PageInfo;

/** Relay connection of Customers. */
@Type("CustomerConnection")
@Description("A page of customers.")
public class CustomerConnection {

    /** Relay edge of a customer. */
    @Type("CustomerEdge")
    @Description("A customer in a list, with its cursor.")
    public static class Edge {
        private final Customer node;
        private final String cursor;

        public Edge(Customer node, String cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        @NonNull
        @Description("The customer.")
        public Customer getNode() {
            return node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this customer.")
        public String getCursor() {
            return cursor;
        }
    }

    private final List<Edge> edges;
    private final PageInfo pageInfo;

    public CustomerConnection(List<Edge> edges, PageInfo pageInfo) {
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    @NonNull
    @Description("The customers on this page.")
    public List<@NonNull Edge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more customers follow.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
