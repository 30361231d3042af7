package com.newretail.inventory.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Row locks on versioned inventory documents, taken before a change checks their version and status. */
@ApplicationScoped
public class DocumentLocks {

    /** The versioned document tables. */
    public enum Table {
        STOCK_DOCUMENT("SELECT id, status, version FROM stock_document WHERE id = ?1 FOR UPDATE"),
        STOCK_TRANSFER("SELECT id, status, version FROM stock_transfer WHERE id = ?1 FOR UPDATE"),
        STOCKTAKE("SELECT id, status, version FROM stocktake WHERE id = ?1 FOR UPDATE");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    /** A locked document's status and version. */
    public record Locked(long id, String status, int version) {
    }

    /** Locks one document until the transaction ends; empty when there is no such row. */
    public Uni<Optional<Locked>> lock(Table table, long id) {
        return NativeSql.rows(table.sql, id).map(rows -> rows.stream().findFirst()
                .map(row -> new Locked(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue())));
    }
}
