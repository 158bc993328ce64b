package com.meritarchive.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html}
 * (springdoc; only {@code /api/**}: {@code springdoc.paths-to-match}). Both are open without a
 * login (README "API description"); the operations they describe are not.
 */
@Configuration
class ApiDocsConfig {

    @Bean
    OpenAPI meritArchiveApi() {
        return new OpenAPI()
                .info(new Info().title("Merit Archive (实绩档案决策服务)").version("v1")
                        .description("Decisions of the county's key-work performance archive policy, the documents "
                                + "they send out, and the rule-set versions policy staff upload, simulate and publish. "
                                + "Each operation names the role it needs (`x-required-role`). Users: `hr` (DECIDE), "
                                + "`author` (DECIDE, AUTHOR), `admin` (DECIDE, AUTHOR, PUBLISH). Errors are RFC 9457 "
                                + "problem details. The project's README and docs/api.md explain every endpoint."))
                .components(new Components().addSecuritySchemes(ApiDescription.BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("HTTP Basic as hr, author or admin; passwords from MERIT_HR_PASSWORD, "
                                + "MERIT_AUTHOR_PASSWORD, MERIT_ADMIN_PASSWORD.")));
    }

    @Bean
    OpenApiCustomizer describeOperations(WebInvocationPrivilegeEvaluator security) {
        return new ApiDescription(new RequiredRoles(security), Examples.fromClasspath());
    }
}
