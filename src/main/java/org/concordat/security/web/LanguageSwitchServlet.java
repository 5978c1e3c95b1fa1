package org.concordat.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.concordat.security.application.ChooseLanguage;
import org.concordat.shared.domain.Language;

/**
 * The language switch at the top of every page (GOV.UK's pattern: "English | Cymraeg", links):
 * {@code GET /language?to=cy&back=/app/home.xhtml} sets the cookie that decides the language before sign-in and, for
 * a signed-in user clicking on one of our pages, saves their choice with their account; then goes back to the page it
 * came from. Only a page of this application is gone back to; anything else goes to the home page.
 */
@WebServlet(LanguageSwitchServlet.PATH)
public class LanguageSwitchServlet extends HttpServlet {

    public static final String PATH = "/language";

    private static final int A_YEAR = 365 * 24 * 60 * 60;

    @Inject
    ChooseLanguage chooseLanguage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> language = Language.ofCode(request.getParameter("to"));
        if (language.isPresent()) {
            Cookie cookie = new Cookie(LanguageFilter.COOKIE, language.get().code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(A_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
            if (request.getUserPrincipal() != null && sameSite(request.getHeader("Sec-Fetch-Site"))) {
                chooseLanguage.choose(language.get());
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + back(request.getParameter("back")));
    }

    /**
     * Whether the click came from one of our pages (or was typed): another site's link may switch the page it opens to
     * but never changes what is saved with the account.
     */
    static boolean sameSite(String secFetchSite) {
        return secFetchSite == null || secFetchSite.equals("same-origin") || secFetchSite.equals("none");
    }

    /** The page to go back to: a path of this application ("/app/agreement.xhtml?id=3"), never another site's. */
    static String back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || back.startsWith(PATH)) {
            return "/";
        }
        return back;
    }
}
