package com.meritarchive.system;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic with the three users and roles of CONTRACT.md. Passwords come from the environment;
 * one that is not set is generated at random and logged once, so there is never a default.
 */
@Configuration
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** A user of CONTRACT.md with the variable its password comes from and its roles. */
    record Account(String name, String passwordVariable, List<String> roles) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("hr", "MERIT_HR_PASSWORD", List.of("DECIDE")),
            new Account("author", "MERIT_AUTHOR_PASSWORD", List.of("DECIDE", "AUTHOR")),
            new Account("admin", "MERIT_ADMIN_PASSWORD", List.of("DECIDE", "AUTHOR", "PUBLISH")));

    /**
     * Health needs no login (CONTRACT.md), so it reads no credentials either: a wrong or malformed
     * Authorization header from a load balancer must not turn it into a 401. The probes under it and
     * the Prometheus metrics (a scraper in the cluster; README "Observability") are open the same way.
     */
    @Bean
    @Order(0)
    SecurityFilterChain health(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The API's description (OpenAPI document, Swagger UI) is open like health: it describes what
     * the contract already publishes and reveals no data; every operation it lists still needs a
     * login. Reads no credentials, keeps no session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDescription(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        // the decision record: listing and request bodies (names, personal data) AUTHOR,
                        // deleting PUBLISH; reading one decision DECIDE, held to its own decisions there
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/*/request")
                        .hasRole("AUTHOR")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/decisions/**").hasRole("PUBLISH")
                        // a replay decides a recorded request with any stored version, a simulation
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasRole("AUTHOR")
                        .requestMatchers("/api/v1/decisions/**", "/api/v1/documents/**").hasRole("DECIDE")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/rulesets/active").hasRole("PUBLISH")
                        .requestMatchers("/api/v1/rulesets", "/api/v1/rulesets/**", "/api/v1/simulations/**")
                        .hasRole("AUTHOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"merit-archive\"");
                    ClosingRefusals.markClose(response);
                    ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                            "Log in with HTTP Basic as hr, author or admin.");
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> {
                    ClosingRefusals.markClose(response);
                    ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
                            "Your role may not do this (roles DECIDE, AUTHOR, PUBLISH: see docs/api.md).");
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // stateless Basic auth: no cookie a forged request could ride on
        return http.build();
    }

    /** User names are matched exactly: {@code ADMIN} is nobody (Spring's in-memory manager would ignore case). */
    @Bean
    UserDetailsService users(Environment environment, PasswordEncoder encoder) {
        List<UserDetails> users = ACCOUNTS.stream().map(account -> {
            String password = environment.getProperty(account.passwordVariable());
            if (password == null || password.isBlank()) {
                password = generatePassword();
                log.warn("{} is not set: generated password for user '{}': {}", account.passwordVariable(),
                        account.name(), password);
            }
            return User.withUsername(account.name()).password(encoder.encode(password))
                    .roles(account.roles().toArray(String[]::new)).build();
        }).toList();
        Map<String, UserDetails> byName = users.stream().collect(Collectors.toUnmodifiableMap(UserDetails::getUsername,
                user -> user));
        return name -> {
            UserDetails user = byName.get(name);
            if (user == null) {
                throw new UsernameNotFoundException("No such user");
            }
            return User.withUserDetails(user).build(); // a copy: Spring erases the credentials of the one it returns
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new SaltedSha256PasswordEncoder();
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
