package dev.shoplens.dashboard.security;

/**
 * Who uses the dashboard. Views name the roles they allow with {@code @RolesAllowed}; Spring Security stores
 * them as {@code ROLE_<name>}.
 */
public enum Role {
    MANAGER,
    MERCHANDISER,
    ENGINEER,
    ADMIN
}
