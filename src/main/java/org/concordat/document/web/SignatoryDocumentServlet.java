package org.concordat.document.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.concordat.agreement.application.OutsideSignatories;
import org.concordat.document.render.application.AgreementDocuments;
import org.concordat.document.render.application.RenderedDocument;

/**
 * The agreement's PDF for a signatory outside Concordat, as account holders see it: only the version of the session's
 * invitation, and only while it still awaits that round's decisions (checked on every request).
 */
@WebServlet("/signatory/document.pdf")
public class SignatoryDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutsideSignatories signatories;

    @Inject
    transient AgreementDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object invitation = session == null ? null : session.getAttribute(OutsideSignatories.INVITATION);
        RenderedDocument document = invitation instanceof Long id
                ? signatories.render(id, documents::preview).orElse(null) : null;
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
