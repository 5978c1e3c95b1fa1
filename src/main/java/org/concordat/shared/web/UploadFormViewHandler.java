package org.concordat.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An upload form posts to its page's full address, view parameters included (organisation.xhtml?id=12), where other
 * forms post to the bare page. An upload over the limit is turned back without its form being parsed
 * ({@link RequestBodyGate}); the address is then all there is to find the way back to the same page.
 */
public class UploadFormViewHandler extends ViewHandlerWrapper {

    public UploadFormViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (!(UIComponent.getCurrentComponent(context) instanceof UIForm form)
                || !"multipart/form-data".equals(form.getAttributes().get("enctype")) || context.getViewRoot() == null) {
            return url;
        }
        String query = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .map(p -> Map.entry(p.getName(), Objects.toString(p.getStringValue(context), "")))
                .filter(p -> !p.getValue().isEmpty())
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .distinct().collect(Collectors.joining("&"));
        return query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
