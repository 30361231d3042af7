package com.newretail.catalog.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.catalog.persistence.NamedRow;
import com.newretail.platform.graphql.GlobalId;


/** The fields categories and brands share. */
public abstract class CatalogEntry {

    private final NamedRow row;
    private final String type;

    protected CatalogEntry(NamedRow row, String type) {
        this.row = row;
        this.type = type;
    }

    protected NamedRow row() {
        return row;
    }

    @Id
    @NonNull
    @Description("Globally unique, opaque ID.")
    public String getId() {
        return GlobalId.encode(type, row.id());
    }

    @NonNull
    @Description("Code, unique.")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion` to change or archive this.")
    public int getVersion() {
        return (int) row.version();
    }

    @Description("When it was archived (kept for history, no longer offered for new products); null while in use.")
    public java.time.OffsetDateTime getArchivedAt() {
        return row.archivedAt();
    }
}
