package com.newretail.organization.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.domain.PositionEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Writes and write-side lookups of positions. */
@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<PositionEntity, Long> {

    public Uni<Boolean> codeTaken(String code, Long exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId == null ? -1L : exceptId).map(n -> n > 0);
    }
}
