package org.concordat.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.ReaderLanguage;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.Test;

/** Issue 23: whose language a request is read in, and that the switch goes back only to our own pages. */
class LanguageFilterTest {

    private static final Principal SIGNED_IN = () -> "ann@example.org";

    @Test
    void aSignedInUsersChoiceWinsOverTheCookie() {
        assertEquals(Language.WELSH, filter(caller(Language.WELSH)).languageOf(request("/app/home.xhtml", SIGNED_IN, "en", null)));
        assertEquals(Language.ENGLISH, filter(caller(Language.ENGLISH)).languageOf(request("/app/home.xhtml", SIGNED_IN, "cy", null)));
    }

    @Test
    void theCookieDecidesBeforeSignInAndUntilAUserHasChosen() {
        assertEquals(Language.WELSH, filter(null).languageOf(request("/login.xhtml", null, "cy", null)));
        assertEquals(Language.WELSH, filter(caller(null)).languageOf(request("/app/home.xhtml", SIGNED_IN, "cy", null)));
        assertEquals(Language.ENGLISH, filter(null).languageOf(request("/verify.xhtml", null, null, "cy")),
                "pages follow the switch, not the browser's Accept-Language");
        assertEquals(Language.ENGLISH, filter(null).languageOf(request("/login.xhtml", null, "fr", null)));
    }

    @Test
    void theApiFollowsAcceptLanguageOnly() {
        assertEquals(Language.ENGLISH, filter(caller(Language.WELSH)).languageOf(request("/api", SIGNED_IN, "cy", null)));
        assertEquals(Language.WELSH, filter(null).languageOf(request("/api", null, null, "cy")));
        assertEquals(Language.ENGLISH, filter(null).languageOf(request("/api", null, null, "en-GB,cy;q=0.5")));
    }

    @Test
    void theLanguageLastsForTheRequestOnly() throws Exception {
        AtomicReference<Language> during = new AtomicReference<>();
        filter(null).doFilter(request("/login.xhtml", null, "cy", null), null, (req, res) -> during.set(ReaderLanguage.current()));
        assertEquals(Language.WELSH, during.get());
        assertEquals(Language.ENGLISH, ReaderLanguage.current());
    }

    @Test
    void theSwitchGoesBackOnlyToAPageOfOurs() {
        assertEquals("/app/agreement.xhtml?id=3", LanguageSwitchServlet.back("/app/agreement.xhtml?id=3"));
        assertEquals("/", LanguageSwitchServlet.back(null));
        assertEquals("/", LanguageSwitchServlet.back("https://evil.example/"));
        assertEquals("/", LanguageSwitchServlet.back("//evil.example/"));
        assertEquals("/", LanguageSwitchServlet.back("/\\evil.example/"));
        assertEquals("/", LanguageSwitchServlet.back("/app/home.xhtml\r\nSet-Cookie: x=1"));
        assertEquals("/", LanguageSwitchServlet.back("/language?to=cy"));
        assertEquals(true, LanguageSwitchServlet.sameSite(null));
        assertEquals(true, LanguageSwitchServlet.sameSite("same-origin"));
        assertEquals(false, LanguageSwitchServlet.sameSite("cross-site"), "another site's link saves nothing");
    }

    private static Caller caller(Language language) {
        return new Caller(7, "ann@example.org", "Ann", 1, "Council", Set.of(Role.PRACTITIONER), language);
    }

    private static LanguageFilter filter(Caller caller) {
        LanguageFilter filter = new LanguageFilter();
        filter.currentCaller = new CurrentCaller() {
            @Override
            public Optional<Caller> get() {
                return Optional.ofNullable(caller);
            }

            @Override
            public String sourceAddress() {
                return "127.0.0.1";
            }

            @Override
            public void actAsSystem(String task) {
            }

            @Override
            public void runAs(Caller user, Runnable work) {
                work.run();
            }
        };
        return filter;
    }

    private static HttpServletRequest request(String servletPath, Principal principal, String cookie, String acceptLanguage) {
        return (HttpServletRequest) Proxy.newProxyInstance(LanguageFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getUserPrincipal" -> principal;
                    case "getCookies" -> cookie == null ? null : new Cookie[] {new Cookie("other", "x"),
                            new Cookie(LanguageFilter.COOKIE, cookie)};
                    case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                    default -> null;
                });
    }
}
