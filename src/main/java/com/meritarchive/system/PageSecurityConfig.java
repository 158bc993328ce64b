package com.meritarchive.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The policy staff's pages under {@code /ui}, and {@code GET /} that leads to them without asking
 * for a password: form login with a session and CSRF tokens on every
 * form, the same users and roles as the API: 公示与备案 for every role that decides (hr too), the
 * other pages for AUTHOR, publishing for PUBLISH. Ordered before the stateless HTTP Basic chain of
 * {@link SecurityConfig}, which keeps everything else unchanged.
 */
@Configuration
class PageSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/ui", "/ui/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/").permitAll() // the way in: a redirect to the pages
                        .requestMatchers("/ui/assets/**", "/ui/login").permitAll()
                        .requestMatchers("/ui/denied", "/ui/too-large").authenticated()
                        .requestMatchers("/ui/publish", "/ui/publish/**").hasRole("PUBLISH")
                        .requestMatchers("/ui/documents", "/ui/documents/**", "/ui/why").hasRole("DECIDE")
                        .anyRequest().hasRole("AUTHOR"))
                .formLogin(form -> form.loginPage("/ui/login").loginProcessingUrl("/ui/login")
                        .successHandler(toTheirFirstPage()).failureUrl("/ui/login?error"))
                .logout(logout -> logout.logoutUrl("/ui/logout").logoutSuccessUrl("/ui/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/ui/denied")
                        .authenticationEntryPoint(toLoginClosing()));
        return http.build();
    }

    /**
     * After logging in, the page asked for, else the home page; a user who may only decide (hr) always
     * goes to the one page open to them, 公示与备案 (the service's address leads to the home page,
     * which would only say "无权访问").
     */
    private static AuthenticationSuccessHandler toTheirFirstPage() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication user) throws ServletException, IOException {
                if (!mayAuthor(user)) {
                    new HttpSessionRequestCache().removeRequest(request, response);
                }
                super.onAuthenticationSuccess(request, response, user);
            }

            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                    Authentication user) {
                return mayAuthor(user) ? "/ui" : "/ui/documents";
            }
        };
    }

    private static boolean mayAuthor(Authentication user) {
        return user.getAuthorities().stream().anyMatch(role -> "ROLE_AUTHOR".equals(role.getAuthority()));
    }

    /** The redirect to the login form, which reads no body either (see {@link ClosingRefusals}). */
    private static AuthenticationEntryPoint toLoginClosing() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/ui/login");
        return (request, response, e) -> {
            if (request.getContentLengthLong() != 0) {
                ClosingRefusals.markClose(response);
            }
            login.commence(request, response, e);
        };
    }
}
