package vn.directive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body whose Content-Type is a pattern ({@code *}/{@code *}, {@code text/*}) or no media type at all is refused with
 * 415 JSON before anything reads it: Spring MVC would fail on it with a 500 (HttpHeaders refuses wildcards).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getContentType() == null || !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        String problem = null;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                problem = "is a pattern, not the body's type";
            }
        } catch (InvalidMediaTypeException e) {
            problem = "is no media type";
        }
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"unsupported-media-type\",\"message\":\"Header 'Content-Type' " + problem
                + ": send application/json (text/plain; charset=UTF-8 for a text to parse)\"}");
    }
}
