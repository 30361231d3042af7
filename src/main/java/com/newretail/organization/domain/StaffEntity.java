package com.newretail.organization.domain;

import java.time.LocalDate;
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

/** A staff member (table {@code staff}). */
@Entity
@Table(name = "staff")
public class StaffEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The sales company (or headquarters) whose employee numbering applies. */
    @Column(name = "company_id", nullable = false)
    public Long companyId;

    @Column(name = "employee_number", nullable = false, length = 32)
    public String employeeNumber;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 20)
    public String mobile;

    @Column(length = 254)
    public String email;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "position_id", nullable = false)
    public Long positionId;

    @Column(name = "hire_date")
    public LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StaffStatus status;

    @Column(name = "account_user_id", length = 64)
    public String accountUserId;

    @Column(name = "account_username", length = 255)
    public String accountUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_status", nullable = false, length = 20)
    public AccountStatus accountStatus;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
