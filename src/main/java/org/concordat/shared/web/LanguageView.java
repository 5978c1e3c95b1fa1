package org.concordat.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * The page's language for the layout: {@code <html lang="#{language.htmlLang}">} and the switch's links, which lead to
 * {@code /language?to=cy&back=<this page>} ({@code security.web.LanguageSwitchServlet}).
 */
@Named("language")
@RequestScoped
public class LanguageView {

    @Inject
    HttpServletRequest request;

    /** "en" or "cy". */
    public String getCode() {
        return ReaderLanguage.current().code();
    }

    /** The page's {@code <html lang>}: "en-GB" or "cy". */
    public String getHtmlLang() {
        return ReaderLanguage.current() == Language.ENGLISH ? "en-GB" : getCode();
    }

    public boolean isWelsh() {
        return ReaderLanguage.current() == Language.WELSH;
    }

    /** The switch's link to a language ("cy"), coming back to this page with its query. */
    public String switchTo(String code) {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        String back = request.getQueryString() == null ? page : page + "?" + request.getQueryString();
        return request.getContextPath() + "/language?to=" + code + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
