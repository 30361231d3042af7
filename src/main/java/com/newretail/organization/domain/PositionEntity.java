package com.newretail.organization.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.newretail.platform.scope.DataScopeKind;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A job post (table {@code position}): the Keycloak roles its holders get and their data scope. */
@Entity
@Table(name = "position")
public class PositionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 500)
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "realm_roles", nullable = false, columnDefinition = "text[]")
    public String[] realmRoles;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false, length = 30)
    public DataScopeKind dataScope;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
