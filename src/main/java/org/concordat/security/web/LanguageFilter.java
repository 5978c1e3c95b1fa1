package org.concordat.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * Decides the reader's language for each request and sets it for everything the request writes
 * ({@link ReaderLanguage}: the pages' bundles through {@code shared.web.LanguageViewHandler}, the domain's sentences through
 * {@code Messages}), clearing it afterwards.
 *
 * <ul>
 * <li>The API ({@code /api/*}): English unless the request's {@code Accept-Language} ranks Welsh ({@code cy}) first
 * of the two, whoever the token's owner is, so that a partner system gets what it asked for.</li>
 * <li>Pages: the signed-in user's saved choice; before they have chosen, and for everyone not signed in (sign-in,
 * the register, verification, outside signatories), the cookie the language switch sets; else English.</li>
 * </ul>
 *
 * <p>Also for error pages, which the server dispatches after the request's own filters have finished.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    /** The cookie the switch sets: "en" or "cy". */
    public static final String COOKIE = "concordat-language";

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ReaderLanguage.set(languageOf(request));
        try {
            chain.doFilter(request, response);
        } finally {
            ReaderLanguage.clear();
        }
    }

    Language languageOf(HttpServletRequest request) {
        if ("/api".equals(request.getServletPath())) {
            return Language.ofAcceptLanguage(request.getHeader("Accept-Language"));
        }
        if (request.getUserPrincipal() != null) {
            Optional<Language> chosen = currentCaller.get().map(Caller::language);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return cookie(request).orElse(Language.ENGLISH);
    }

    static Optional<Language> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Language.ofCode(c.getValue())).flatMap(Optional::stream).findFirst();
    }
}
