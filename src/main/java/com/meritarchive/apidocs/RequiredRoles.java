package com.meritarchive.apidocs;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The role an operation needs, asked of the security configuration itself ({@code system.SecurityConfig})
 * rather than written down a second time: for each role of CONTRACT.md, would a caller holding only
 * that role be let in? The first role that is, in the contract's order, is the one the operation
 * needs. Checks made inside the endpoint (the {@code ?ruleSet=} rule for {@code hr}, code uploads
 * that need PUBLISH) are not seen here; the 403 descriptions name them.
 */
final class RequiredRoles {

    /** The roles of CONTRACT.md, from the least to the most trusted. */
    static final List<String> ROLES = List.of("DECIDE", "AUTHOR", "PUBLISH");

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("role-probe", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /**
     * Who may call an operation: anyone ({@code open}), or a logged-in caller with {@code role}
     * ({@code null} when no single role lets a caller in: a rule the security configuration decides
     * from more than the caller's roles).
     */
    record Access(boolean open, String role) {
    }

    private final WebInvocationPrivilegeEvaluator security;

    RequiredRoles(WebInvocationPrivilegeEvaluator security) {
        this.security = security;
    }

    Access of(String method, String pathTemplate) {
        String uri = pathTemplate.replaceAll("\\{[^}]+}", "x");
        if (security.isAllowed("", uri, method, ANONYMOUS)) {
            return new Access(true, null);
        }
        for (String role : ROLES) {
            if (security.isAllowed("", uri, method, caller(role))) {
                return new Access(false, role);
            }
        }
        return new Access(false, null);
    }

    private static Authentication caller(String role) {
        return UsernamePasswordAuthenticationToken.authenticated("role-probe", null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
    }
}
