package org.concordat.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * A page is in the reader's language (set for the request by {@code security.web.LanguageFilter}): the view's
 * locale picks {@code messages_cy} for {@code #{msg[...]}}, Faces' own messages and the converters, whatever the
 * browser's Accept-Language says.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return ReaderLanguage.current().locale();
    }
}
