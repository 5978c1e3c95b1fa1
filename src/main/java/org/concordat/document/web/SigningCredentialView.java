package org.concordat.document.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.concordat.document.signing.application.SigningCredentials;
import org.concordat.document.signing.application.SigningCredentials.CredentialData;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.UploadRefusal;

/**
 * The "Signing credential" section of an organisation's page: the active certificate, a new one issued by Concordat's
 * certification authority, or the organisation's own PKCS#12 file uploaded. The use case decides who may do what; the
 * page is shown only to administrators and the organisation's own IG leads, who may manage it. The file and its
 * password live only for the request that uploads them: never kept in the view, never shown back, never logged.
 */
@Named
@ViewScoped
public class SigningCredentialView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String UPLOAD_FORM = "credentialUpload";

    @Inject
    SigningCredentials credentials;

    @Inject
    Clock clock;

    private Long organisationId;
    private transient boolean loaded;
    private transient CredentialData current;
    private transient Part file;
    private transient String password;

    /** The organisation's active credential, or null when it has none yet. */
    public CredentialData getCurrent() {
        if (!loaded && organisationId != null) {
            current = credentials.current(organisationId).orElse(null);
            loaded = true;
        }
        return current;
    }

    /** Whether the active certificate can sign today (false when it has expired or is not valid yet). */
    public boolean isValidNow() {
        CredentialData c = getCurrent();
        return c != null && !clock.instant().isBefore(c.notBefore()) && !clock.instant().isAfter(c.notAfter());
    }

    public void issue() {
        try {
            show(credentials.issue(organisationId));
            Feedback.info(Feedback.text("credential.issued", current.certificateSha256()));
        } catch (RuntimeException e) {
            Feedback.show("credentialIssue", e);
        }
    }

    public void upload() throws IOException {
        Part chosen = file;
        char[] secret = password == null ? new char[0] : password.toCharArray();
        file = null;
        password = null;
        byte[] pkcs12 = null;
        try {
            if (chosen == null || chosen.getSize() == 0) {
                refuse(Feedback.text("credential.chooseFile"));
                return;
            }
            if (chosen.getSize() > SigningCredentials.MAX_PKCS12_BYTES) {
                refuse(tooLarge());
                return;
            }
            try (InputStream in = chosen.getInputStream()) {
                pkcs12 = in.readNBytes(SigningCredentials.MAX_PKCS12_BYTES + 1);
            }
            show(credentials.upload(organisationId, pkcs12, secret));
            Feedback.info(Feedback.text("credential.uploaded", current.certificateSha256()));
        } catch (RuntimeException e) {
            Feedback.show(UPLOAD_FORM, onTheFileField(e));
        } finally {
            Arrays.fill(secret, '\0');
            if (pkcs12 != null) {
                Arrays.fill(pkcs12, (byte) 0);
            }
            if (chosen != null) {
                chosen.delete();
            }
        }
    }

    /** On arriving back from an upload too large even to read (RequestBodyGate): say so beside the field. */
    public void explainRefusedUpload() {
        if (UploadRefusal.refusedJustNow()) {
            refuse(tooLarge());
        }
    }

    private void show(CredentialData credential) {
        current = credential;
        loaded = true;
    }

    private static String tooLarge() {
        return Feedback.text("credential.tooLarge", SigningCredentials.MAX_PKCS12_BYTES / 1024);
    }

    private static void refuse(String message) {
        Feedback.show(UPLOAD_FORM, new InvalidInputException(List.of(new FieldError("file", message))));
    }

    /**
     * What the checks say about the certificate (key usage, validity dates, chain) concerns the file chosen: said in one
     * message beside that field, rather than at the top of the page.
     */
    private static RuntimeException onTheFileField(RuntimeException failure) {
        InvalidInputException invalid = null;
        for (Throwable t = failure; t != null && invalid == null; t = t.getCause()) {
            if (t instanceof InvalidInputException i) {
                invalid = i;
            }
        }
        if (invalid == null) {
            return failure;
        }
        List<FieldError> errors = new ArrayList<>();
        String certificate = invalid.errors().stream().filter(e -> e.field().equals("certificate") || e.field().equals("file"))
                .map(FieldError::message).collect(Collectors.joining(" "));
        if (!certificate.isEmpty()) {
            errors.add(new FieldError("file", certificate));
        }
        invalid.errors().stream().filter(e -> !e.field().equals("certificate") && !e.field().equals("file")).forEach(errors::add);
        return new InvalidInputException(errors);
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getPassword() { return null; }
    public void setPassword(String password) { this.password = password; }
}
