package com.newretail.organization.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.domain.StaffEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Writes and write-side lookups of staff. */
@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffEntity, Long> {

    public Uni<Boolean> employeeNumberTaken(long companyId, String employeeNumber, Long exceptId) {
        return count("companyId = ?1 and employeeNumber = ?2 and id <> ?3", companyId, employeeNumber,
                exceptId == null ? -1L : exceptId).map(n -> n > 0);
    }
}
