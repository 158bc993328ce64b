package com.meritarchive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form on a page that uploads more than {@code spring.servlet.multipart.max-file-size} (or
 * {@code max-request-size}) gets the Chinese page {@code /ui/too-large}, not the API's
 * problem+json: Tomcat stops reading such a body, so the form's CSRF token is lost and Spring
 * would answer "forbidden", then fail to read the body again. Checked before Spring Security, on
 * page uploads only; nothing of the upload is used. The pages' script refuses such a file before
 * it is sent; this is for a browser that sends it anyway.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class OversizedUploads extends OncePerRequestFilter {

    static final String PAGE = "/ui/too-large";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + "/ui/")
                || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (isTooLarge(e)) {
                request.getRequestDispatcher(PAGE).forward(new Get(request), response);
                return;
            }
            // any other failure is the chain's to answer, as before
        }
        chain.doFilter(request, response);
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    /** The refused upload as a plain GET of the explanation: no body left to parse. */
    private static final class Get extends HttpServletRequestWrapper {

        Get(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }
    }
}
