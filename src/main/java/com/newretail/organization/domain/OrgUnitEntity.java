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

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A node of the channel tree (table {@code org_unit}); written through Hibernate Reactive. */
@Entity
@Table(name = "org_unit")
public class OrgUnitEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrgUnitType type;

    @Column(name = "parent_id")
    public Long parentId;

    /** Ids from the root down to this unit, e.g. {@code /1/4/9/}. */
    @Column(nullable = false, columnDefinition = "text")
    public String path;

    @Column(nullable = false)
    public int depth;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isAncestorOrSelfOf(OrgUnitEntity other) {
        return other.path.startsWith(path);
    }
}
