package org.concordat.document.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.document.render.application.AgreementDocuments;
import org.concordat.document.render.application.DpiaDocuments;
import org.concordat.document.render.application.RenderedDocument;
import org.concordat.document.signing.application.SignedDocuments;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * A version's documents for the signed-in browser (the API needs a token, so pages link here):
 * /app/documents/{versionId}/document.pdf (signed), document.json, agreement.jsonld (linked data), preview.pdf and comment.docx (the Word copy for
 * comment) for an agreement version, and
 * /app/documents/dpia/{versionId}/document.pdf for a DPIA version. Under /app, so only signed-in users reach it;
 * the use cases decide who may see which version, and anything else is "not found".
 */
@WebServlet("/app/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(document\\.pdf|document\\.json|agreement\\.jsonld|preview\\.pdf|comment\\.docx)");
    private static final Pattern DPIA_PATH = Pattern.compile("/dpia/(\\d{1,18})/document\\.pdf");

    @Inject
    transient AgreementDocuments documents;

    @Inject
    transient SignedDocuments signed;

    @Inject
    transient DpiaDocuments dpias;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher dpia = DPIA_PATH.matcher(info);
        if (dpia.matches()) {
            try {
                send(response, dpias.document(Long.parseLong(dpia.group(1))), "application/pdf");
            } catch (NotFoundException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        Matcher path = PATH.matcher(info);
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long versionId = Long.parseLong(path.group(1));
        RenderedDocument document;
        String type;
        try {
            switch (path.group(2)) {
                case "document.pdf" -> {
                    if (signed.signing(versionId).isPresent()) {
                        // Signing…: the approvals are recorded, their signatures not yet all on the PDF.
                        response.setStatus(HttpServletResponse.SC_ACCEPTED);
                        response.setHeader("Retry-After", "5");
                        response.setHeader("Cache-Control", "private, no-store");
                        response.setContentType("text/plain; charset=UTF-8");
                        response.getWriter().write(Messages.bundle("org.concordat.web.messages", ReaderLanguage.current())
                                .getString("document.signingBody"));
                        return;
                    }
                    document = signed.signed(versionId);
                    type = "application/pdf";
                }
                case "document.json" -> {
                    document = signed.json(versionId);
                    type = "application/json; charset=UTF-8";
                }
                case "agreement.jsonld" -> {
                    document = signed.linkedData(versionId);
                    type = "application/ld+json; charset=UTF-8";
                }
                case "comment.docx" -> {
                    document = documents.word(versionId);
                    type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                default -> {
                    document = documents.preview(versionId);
                    type = "application/pdf";
                }
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, document, type);
    }

    private static void send(HttpServletResponse response, RenderedDocument document, String type) throws IOException {
        byte[] content = document.content();
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
