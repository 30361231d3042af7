package com.newretail.inventory.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockLine;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Reservations' rows in the current transaction. */
@ApplicationScoped
public class ReservationStore {

    /** A reservation's status under its row lock, and whether its hold has run out. */
    public record Hold(String status, boolean expired) {
    }

    /** What a reservation holds, and where. */
    public record Held(long warehouseId, List<StockLine> lines) {
    }

    private static final String INSERT = """
            INSERT INTO stock_reservation (warehouse_id, reference, status, expires_at, created_by)
            VALUES (?1, ?2, 'ACTIVE', ?3, ?4) RETURNING id""";

    private static final String INSERT_LINES = """
            INSERT INTO stock_reservation_line (reservation_id, sku_id, quantity)
            SELECT ?1, unnest(cast(?2 as bigint[])), unnest(cast(?3 as integer[]))""";

    private static final String LOCK = "SELECT status, expires_at <= now() FROM stock_reservation WHERE id = ?1 FOR UPDATE";

    private static final String STATUS = "SELECT status, id FROM stock_reservation WHERE id = ?1";

    private static final String DUE = """
            SELECT id, expires_at FROM stock_reservation WHERE status = 'ACTIVE' AND expires_at <= now() ORDER BY expires_at LIMIT ?1""";

    private static final String HELD = """
            SELECT r.warehouse_id, l.sku_id, l.quantity
            FROM stock_reservation r JOIN stock_reservation_line l ON l.reservation_id = r.id WHERE r.id = ?1""";

    private static final String END = "UPDATE stock_reservation SET status = ?2, closed_at = now() WHERE id = ?1";

    /** A new ACTIVE reservation with its lines; its id. */
    public Uni<Long> insert(long warehouseId, String reference, OffsetDateTime expiresAt, List<StockLine> lines, String actor) {
        return NativeSql.longValue(INSERT, warehouseId, reference, expiresAt, actor)
                .call(id -> NativeSql.update(INSERT_LINES, id, lines.stream().map(StockLine::skuId).toArray(Long[]::new),
                        lines.stream().map(StockLine::quantity).toArray(Integer[]::new)));
    }

    public Uni<Optional<Hold>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(rows -> rows.stream().findFirst()
                .map(row -> new Hold((String) row[0], Boolean.TRUE.equals(row[1]))));
    }

    public Uni<Optional<String>> status(long id) {
        return NativeSql.rows(STATUS, id).map(rows -> rows.stream().findFirst().map(row -> (String) row[0]));
    }

    /** Ids of active reservations past their expiry, oldest first. */
    public Uni<List<Long>> due(int limit) {
        return NativeSql.rows(DUE, limit).map(rows -> rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
    }

    public Uni<Held> held(long id) {
        return NativeSql.rows(HELD, id).map(rows -> new Held(((Number) rows.get(0)[0]).longValue(),
                rows.stream().map(row -> new StockLine(((Number) row[1]).longValue(), ((Number) row[2]).intValue())).toList()));
    }

    public Uni<Integer> end(long id, String status) {
        return NativeSql.update(END, id, status);
    }
}
