package com.newretail.inventory.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.DocumentReader.DocumentRow;
import com.newretail.inventory.persistence.DocumentReader.ReservationRow;
import com.newretail.inventory.persistence.DocumentReader.TransferRow;
import com.newretail.inventory.persistence.StocktakeReader;
import com.newretail.inventory.persistence.StocktakeReader.StocktakeRow;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageInfo;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * How the resolvers read one kind of warehouse document (receipt or issue, transfer, stocktake,
 * reservation): one by global ID within the caller's data scope, one by id for a mutation payload
 * (the mutation already checked scope), and newest-first pages filtered by warehouse and status.
 */
final class DocumentReads<R, V> {

    /** The reader's query: rows in {@code scope}, optionally only {@code ids}, a warehouse and a status, ids below {@code beforeId}. */
    @FunctionalInterface
    interface Rows<R> {
        Uni<List<R>> find(DataScope scope, List<Long> ids, Long warehouseId, String status, Long beforeId, int limit);
    }

    static DocumentReads<DocumentRow, StockDocument> stockDocuments(DocumentReader reader, CallerScope callerScope) {
        return new DocumentReads<>(StockDocument.TYPE, reader::documentPage, DocumentRow::id, StockDocument::new, callerScope);
    }

    static DocumentReads<TransferRow, StockTransfer> transfers(DocumentReader reader, CallerScope callerScope) {
        return new DocumentReads<>(StockTransfer.TYPE, reader::transferPage, TransferRow::id, StockTransfer::new, callerScope);
    }

    static DocumentReads<StocktakeRow, Stocktake> stocktakes(StocktakeReader reader, CallerScope callerScope) {
        return new DocumentReads<>(Stocktake.TYPE, reader::stocktakePage, StocktakeRow::id, Stocktake::new, callerScope);
    }

    static DocumentReads<ReservationRow, StockReservation> reservations(DocumentReader reader, CallerScope callerScope) {
        return new DocumentReads<>(StockReservation.TYPE, (scope, ids, warehouse, status, before, limit) -> reader.reservations(ids, scope),
                ReservationRow::id, StockReservation::new, callerScope);
    }

    private final String type;
    private final Rows<R> rows;
    private final ToLongFunction<R> idOf;
    private final Function<R, V> view;
    private final CallerScope callerScope;

    DocumentReads(String type, Rows<R> rows, ToLongFunction<R> idOf, Function<R, V> view, CallerScope callerScope) {
        this.type = type;
        this.rows = rows;
        this.idOf = idOf;
        this.view = view;
        this.callerScope = callerScope;
    }

    /** The document with this global ID; null when it does not exist or is outside the caller's scope. */
    Uni<V> one(String globalId) {
        long id = GlobalId.decode(globalId, type);
        return callerScope.current().chain(scope -> byId(id, scope));
    }

    /** The documents among {@code ids} within the caller's data scope (for {@code node} and fields typed {@code Node}). */
    Uni<List<V>> visible(List<Long> ids) {
        return callerScope.current().chain(scope -> rows.find(scope, ids, null, null, null, ids.size()))
                .map(found -> found.stream().map(view).toList());
    }

    /**
     * The document a mutation payload names; null when the mutation was refused. A document the payload
     * names but the read cannot find is a fault, never a null: a till must not take an answer without
     * its document for done (it sends the request again with its key, which replays the stored result
     * or acts anew). A read that fails is a fault too, whatever it throws (see FaultTypedUniDataFetcher).
     */
    Uni<V> ofPayload(Long id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return byId(id, DataScope.all()).invoke(found -> {
            if (found == null) {
                throw new IllegalStateException("The " + type + " " + id + " a mutation answered with cannot be read");
            }
        });
    }

    /**
     * A newest-first page. The warehouse and status come from {@code where} or, for old clients,
     * from the deprecated flat arguments.
     */
    <E, C> Uni<C> page(String whereWarehouseId, String warehouseId, Enum<?> whereStatus, String status, Integer first, String after,
            BiFunction<V, String, E> edge, BiFunction<List<E>, PageInfo, C> connection) {
        PageRequest page = PageRequest.of(first, after);
        Long warehouse = GlobalId.decodeFilter(whereWarehouseId, warehouseId, Warehouse.TYPE, "warehouseId");
        String state = whereStatus != null ? whereStatus.name() : status;
        Long before = page.afterId();
        return callerScope.current().chain(scope -> rows.find(scope, null, warehouse, state, before, page.fetchSize()))
                .map(found -> Connections.of(found, page, row -> Cursor.encode(idOf.applyAsLong(row)),
                        (row, cursor) -> edge.apply(view.apply(row), cursor), connection));
    }

    private Uni<V> byId(long id, DataScope scope) {
        return rows.find(scope, List.of(id), null, null, null, 1).map(found -> found.isEmpty() ? null : view.apply(found.get(0)));
    }
}
