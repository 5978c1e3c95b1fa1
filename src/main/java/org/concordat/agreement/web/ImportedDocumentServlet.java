package org.concordat.agreement.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.agreement.application.AgreementImports;
import org.concordat.shared.domain.NotFoundException;

/**
 * The signed PDF kept with an imported version, for the signed-in browser: /app/agreement-imports/{versionId}/document.pdf.
 * Under /app, so only signed-in users reach it; the use case decides who may see the version, anything else is "not
 * found".
 */
@WebServlet("/app/agreement-imports/*")
public class ImportedDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/document\\.pdf");

    @Inject
    transient AgreementImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AgreementImports.Template pdf;
        try {
            pdf = imports.document(Long.parseLong(path.group(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName().replaceAll("[^A-Za-z0-9._ -]", "_") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.content().length);
        response.getOutputStream().write(pdf.content());
    }
}
