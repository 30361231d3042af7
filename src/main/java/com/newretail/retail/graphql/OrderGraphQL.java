package com.newretail.retail.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Sku;
import com.newretail.customer.api.CustomerDirectory;
import com.newretail.customer.graphql.Customer;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.persistence.RetailReader;
import com.newretail.retail.persistence.RetailReader.OrderQuery;

import io.smallrye.mutiny.Uni;

/** Orders for the workbench and the back office: detail, filtered lists, a customer's orders; all within the data scope. */
@GraphQLApi
public class OrderGraphQL {

    private final RetailReader reader;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final SkuCatalog skus;

    public OrderGraphQL(RetailReader reader, CallerScope callerScope, OrgUnitViews orgUnits, CustomerDirectory customers,
            StaffDirectory staff, SkuCatalog skus) {
        this.reader = reader;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.customers = customers;
        this.staff = staff;
        this.skus = skus;
    }

    @Query("order")
    @RolesAllowed("${newretail.rules.order}")
    @Description("An order; null when it does not exist or its store is outside your data scope.")
    public Uni<Order> order(@Name("id") @Id @NonNull @Description("The order.") String id) {
        long orderId = GlobalId.decode(id, Order.TYPE);
        return callerScope.current().chain(scope -> reader.orders(List.of(orderId), scope)).map(rows -> rows.isEmpty() ? null : new Order(rows.get(0)));
    }

    @Query("orders")
    @RolesAllowed("${newretail.rules.orders}")
    @Description("Orders of the stores in your data scope, filtered and sorted.")
    public Uni<@NonNull OrderConnection> orders(
            @Name("where") @Description("Filter.") RetailInputs.OrderFilter where,
            @Name("sortBy") @Description("Order of the list.") @DefaultValue("NEWEST_FIRST") OrderSort sortBy,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        OrderQuery query = query(where);
        Long before = page.afterId();
        boolean oldestFirst = sortBy == OrderSort.OLDEST_FIRST;
        return callerScope.current().chain(scope -> reader.orderPage(scope, query, null, before, oldestFirst, page.fetchSize()))
                .map(rows -> page(rows, page));
    }

    @Name("orders")
    @NonNull
    @Description("The customer's orders at the stores in your data scope, newest first.")
    public Uni<@NonNull OrderConnection> customerOrders(@Source Customer customer,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Long before = page.afterId();
        return callerScope.current().chain(scope -> reader.customerOrderPage(scope, customer.internalId(), before, page.fetchSize()))
                .map(rows -> page(rows, page));
    }

    @Name("order")
    @Description("The order with its receipt; null when there are userErrors.")
    public Uni<Order> payloadOrder(@Source CheckoutPayload payload) {
        return payload.orderId() == null ? Uni.createFrom().nullItem()
                : reader.orders(List.of(payload.orderId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Order(rows.get(0)));
    }

    @Name("lines")
    @NonNull
    @Description("The lines, in receipt order.")
    public Uni<List<@NonNull List<@NonNull OrderLine>>> lines(@Source List<Order> orders) {
        return reader.lines(ids(orders)).map(rows -> grouped(orders, rows.stream().collect(Collectors.groupingBy(r -> r.orderId())),
                (order, row) -> new OrderLine(row, order.row().currency())));
    }

    @Name("payments")
    @NonNull
    @Description("The tenders.")
    public Uni<List<@NonNull List<@NonNull Payment>>> payments(@Source List<Order> orders) {
        return reader.payments(ids(orders)).map(rows -> grouped(orders, rows.stream().collect(Collectors.groupingBy(r -> r.orderId())),
                (order, row) -> new Payment(row, order.row().currency())));
    }

    @Name("events")
    @NonNull
    @Description("The history, oldest first.")
    public Uni<List<@NonNull List<@NonNull OrderEvent>>> events(@Source List<Order> orders) {
        return reader.events(ids(orders)).map(rows -> grouped(orders, rows.stream().collect(Collectors.groupingBy(r -> r.orderId())),
                (order, row) -> new OrderEvent(row)));
    }

    @Name("store")
    @NonNull
    @Description("The store that sold.")
    public Uni<List<@NonNull OrgUnit>> store(@Source List<Order> orders) {
        List<Long> ids = orders.stream().map(o -> o.row().storeId()).toList();
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("customer")
    @Description("The member who bought; null for a walk-in sale.")
    public Uni<List<Customer>> customer(@Source List<Order> orders) {
        List<Long> ids = orders.stream().map(o -> o.row().customerId()).toList();
        return customers.views(ids.stream().filter(id -> id != null).distinct().toList())
                .map(found -> ids.stream().map(id -> id == null ? null : found.get(id)).toList());
    }

    @Name("salesperson")
    @Description("The staff member credited with the sale.")
    public Uni<List<Staff>> salesperson(@Source List<Order> orders) {
        List<Long> ids = orders.stream().map(o -> o.row().salespersonId()).toList();
        return staff.views(ids.stream().filter(id -> id != null).distinct().toList())
                .map(found -> ids.stream().map(id -> id == null ? null : found.get(id)).toList());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU sold.")
    public Uni<List<@NonNull Sku>> lineSku(@Source List<OrderLine> lines) {
        return skus.views(lines.stream().map(l -> l.row().skuId()).distinct().toList())
                .map(found -> lines.stream().map(l -> found.get(l.row().skuId())).toList());
    }

    /** The list query of an {@code orders(where:)} filter (also the planner's, see RetailReads). */
    static OrderQuery query(RetailInputs.OrderFilter where) {
        return where == null ? new OrderQuery(null, null, null, null, null, null, null, null, null, null)
                : new OrderQuery(id(where.storeId, OrgUnit.TYPE), id(where.orgUnitId, OrgUnit.TYPE), where.status, where.from, where.to,
                        id(where.customerId, Customer.TYPE), id(where.salespersonId, Staff.TYPE), id(where.skuId, Sku.TYPE),
                        RetailInputs.OrderFilter.value(where.minTotal), RetailInputs.OrderFilter.value(where.maxTotal));
    }

    private static OrderConnection page(List<RetailReader.OrderRow> rows, PageRequest page) {
        return Connections.of(rows, page, row -> Cursor.encode(row.id()), (row, cursor) -> new OrderConnection.Edge(new Order(row), cursor),
                OrderConnection::new);
    }

    private static List<Long> ids(List<Order> orders) {
        return orders.stream().map(o -> o.row().id()).toList();
    }

    private static <R, V> List<List<V>> grouped(List<Order> orders, Map<Long, List<R>> byOrder, java.util.function.BiFunction<Order, R, V> view) {
        return orders.stream().map(order -> byOrder.getOrDefault(order.row().id(), List.of()).stream()
                .map(row -> view.apply(order, row)).toList()).toList();
    }

    private static Long id(String globalId, String type) {
        return globalId == null ? null : GlobalId.decode(globalId, type);
    }

}
