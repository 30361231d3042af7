package com.newretail.organization.persistence;

import java.util.List;

import com.newretail.organization.domain.PositionEntity;
import com.newretail.platform.scope.DataScopeKind;

import io.vertx.mutiny.sqlclient.Row;

/** One position as read for queries. */
public record PositionRow(long id, String code, String name, String description, List<String> realmRoles,
        DataScopeKind dataScope) {

    static PositionRow from(Row row) {
        return new PositionRow(row.getLong("id"), row.getString("code"), row.getString("name"),
                row.getString("description"), List.of(row.getArrayOfStrings("realm_roles")),
                DataScopeKind.valueOf(row.getString("data_scope")));
    }

    public static PositionRow from(PositionEntity position) {
        return new PositionRow(position.id, position.code, position.name, position.description,
                List.of(position.realmRoles), position.dataScope);
    }
}
