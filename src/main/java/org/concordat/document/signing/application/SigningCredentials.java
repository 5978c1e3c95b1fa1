package org.concordat.document.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.concordat.audit.application.AuditLog;
import org.concordat.document.signing.domain.CertificateAuthority;
import org.concordat.document.signing.domain.Certificates;
import org.concordat.document.signing.domain.KeySealer;
import org.concordat.document.signing.domain.KeySealing;
import org.concordat.document.signing.domain.KeyUnavailableException;
import org.concordat.document.signing.domain.Pkcs12Import;
import org.concordat.document.signing.domain.SealedCredential;
import org.concordat.document.signing.domain.SigningAuthority;
import org.concordat.document.signing.domain.SigningCredential;
import org.concordat.document.signing.domain.SigningKey;
import org.concordat.document.signing.domain.SigningOutboxRepository;
import org.concordat.document.signing.domain.SigningRepository;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Signing credentials: Concordat's certification authority (created at first start) and one active credential per
 * organisation — issued by that authority on request, or at an organisation's first signature if it has none, or
 * uploaded as a PKCS#12 file by an administrator or the organisation's IG lead. A new credential replaces the
 * active one, which stays on record so that what it signed stays verifiable. Private keys are sealed before they
 * are stored, under a key-encryption key derived once per start from the password and the installation's salt, and
 * are never shown, logged or sent anywhere.
 */
@ApplicationScoped
public class SigningCredentials {

    static final String AUTHORITY_NAME = Messages.text("document.SigningCredentials.concordatSigningAuthority");
    /** A PKCS#12 file is a few kilobytes; anything far larger is not one (the API and the page refuse it unread). */
    public static final int MAX_PKCS12_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(SigningCredentials.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    @Inject
    SigningRepository repository;

    @Inject
    KeySealer keys;

    @Inject
    CertificateAuthority certificateAuthority;

    @Inject
    Pkcs12Import pkcs12Files;

    @Inject
    OrganisationQueries organisations;

    @Inject
    SigningOutboxRepository outbox;

    @Inject
    jakarta.enterprise.event.Event<SigningQueued> queued;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A credential as its organisation and administrators see it: never the key. */
    public record CredentialData(long id, long organisationId, SigningCredential.Source source, String subject,
                                 String issuer, String certificateSha256, Instant notBefore, Instant notAfter,
                                 Instant createdAt, String createdBy) {

        static CredentialData of(SigningCredential c) {
            return new CredentialData(c.getId(), c.getOrganisationId(), c.getSource(), c.getSubject(), c.getIssuer(),
                    c.getCertificateSha256(), c.getNotBefore(), c.getNotAfter(), c.getCreatedAt(), c.getCreatedBy());
        }
    }

    /** A credential unsealed for one signature. */
    record Unsealed(long credentialId, SigningKey key) {
    }

    /**
     * At start-up: derives the key-encryption key from the configured password and the installation's salt (created
     * at first start), creates the certification authority if there is none, and otherwise checks that its key can be
     * unsealed with the configured password (a mismatch is logged at once rather than found at the first approval).
     */
    @Transactional
    public void ensureAuthority() {
        keys.unlock(keySealing().derivation());
        Optional<SigningAuthority> existing = repository.authority();
        if (existing.isPresent()) {
            try {
                keys.unseal(authoritySealed(existing.get()));
            } catch (KeyUnavailableException e) {
                LOG.severe("event=signing_authority_locked detail=\"" + e.getMessage() + "\"");
            }
            return;
        }
        Instant now = clock.instant();
        SigningAuthority authority = repository.add(new SigningAuthority(certificateAuthority.newAuthority(AUTHORITY_NAME, now), now));
        audit.change("SIGNING_AUTHORITY_CREATED", "SigningAuthority", SigningAuthority.ID, Messages.text("document.SigningCredentials.concordatSCertification",
                authority.getSubject(), Certificates.fingerprint(authority.certificate())), null, null);
        LOG.info("event=signing_authority_created subject=\"" + authority.getSubject() + "\" sha256="
                + Certificates.fingerprint(authority.certificate()));
    }

    /** The installation's key derivation, created with a new random salt at first start and never changed. */
    private KeySealing keySealing() {
        Optional<KeySealing> existing = repository.keySealing();
        if (existing.isPresent()) {
            return existing.get();
        }
        KeySealing created = repository.add(new KeySealing(keys.newDerivation(), clock.instant()));
        repository.flush();
        LOG.info("event=signing_key_sealing_created algorithm=" + created.derivation().algorithm() + " iterations="
                + created.derivation().iterations());
        return created;
    }

    private static SealedCredential authoritySealed(SigningAuthority authority) {
        return new SealedCredential(SealedCredential.Holder.authority(), java.util.List.of(authority.certificate()),
                authority.sealedKey());
    }

    /** The authority's certificate, for anyone to import into their trust store (PEM). */
    @Transactional
    public Optional<java.security.cert.X509Certificate> authorityCertificate() {
        return repository.authority().map(SigningAuthority::certificate);
    }

    /** The organisation's active credential: for administrators and the organisation's own members. */
    @Transactional
    public Optional<CredentialData> current(long organisationId) {
        Caller caller = guard.signedIn();
        organisation(caller, organisationId, false);
        return repository.active(organisationId).map(CredentialData::of);
    }

    /** Has Concordat's authority issue the organisation a new credential, replacing the active one. */
    @Transactional
    public CredentialData issue(long organisationId) {
        Caller caller = guard.signedIn();
        OrganisationData organisation = organisation(caller, organisationId, true);
        SigningCredential issued = replaceWith(organisationId, SigningCredential.Source.ISSUED,
                certificateAuthority.issue(authorityKey(), organisationId, organisation.details().name(), clock.instant()), caller.email());
        audit.change("SIGNING_CREDENTIAL_ISSUED", "Organisation", organisationId, Messages.text("document.SigningCredentials.signingCertificateIssuedByConcordat",
                organisation.details().name(), issued.getSubject(), DAY.format(issued.getNotAfter()), issued.getCertificateSha256()), null, null);
        return CredentialData.of(issued);
    }

    /**
     * Registers an organisation's own PKCS#12 credential, replacing the active one, once it passes every check.
     * The password is wiped from memory once used, whatever happens.
     */
    @Transactional
    public CredentialData upload(long organisationId, byte[] pkcs12, char[] password) {
        try {
            Caller caller = guard.signedIn();
            OrganisationData organisation = organisation(caller, organisationId, true);
            SealedCredential credential = pkcs12Files.readPkcs12(organisationId, pkcs12, password, clock.instant());
            if (repository.byCertificate(Certificates.fingerprint(credential.signer())).isPresent()) {
                throw new InvalidInputException("file", Messages.text("document.SigningCredentials.thisCertificateIsAlreadyRegistered"));
            }
            SigningCredential uploaded = replaceWith(organisationId, SigningCredential.Source.UPLOADED, credential, caller.email());
            audit.change("SIGNING_CREDENTIAL_UPLOADED", "Organisation", organisationId, Messages.text("document.SigningCredentials.signingCertificateUploadedFor",
                    organisation.details().name(), uploaded.getSubject(), uploaded.getIssuer(), DAY.format(uploaded.getNotAfter()), uploaded.getCertificateSha256()),
                    null, null);
            return CredentialData.of(uploaded);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * In the transaction of an approval, before its signature is queued: the organisation's active credential, if it
     * has one, must be valid at the instant of the approval. Cheap (no key is unsealed), so that an approval a
     * certificate out of date could never sign is refused at once rather than left waiting; an organisation without a
     * credential is issued one when its signature is made.
     *
     * @throws InvalidInputException when the active credential is not valid at that instant, saying what to do
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void checkUsable(long organisationId, String organisationName, Instant at) {
        repository.active(organisationId).filter(c -> !c.validAt(at)).ifPresent(credential -> {
            throw new InvalidInputException("signature", Messages.text("document.SigningCredentials.cannotBeSigned",
                    outOfDate(credential, organisationName, at)));
        });
    }

    private static String outOfDate(SigningCredential credential, String organisationName, Instant at) {
        boolean early = at.isBefore(credential.getNotBefore());
        return early ? Messages.text("document.SigningCredentials.notValidUntil", organisationName,
                DAY.format(credential.getNotBefore()))
                : Messages.text("document.SigningCredentials.expiredOn", organisationName, DAY.format(credential.getNotAfter()));
    }

    /**
     * The key an organisation signs with at this instant, in the signing worker's transaction (after the approval
     * committed): its active credential, or one issued now by Concordat's authority if it has none yet.
     *
     * @throws InvalidInputException when the credential is not valid at that instant or its key cannot be unsealed,
     *                               saying what the organisation must do; the approval stands and is signed later
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Unsealed keyFor(long organisationId, String organisationName, String actor, Instant at) {
        SigningCredential credential = repository.active(organisationId).orElse(null);
        if (credential == null) {
            repository.authorityForUpdate();
            credential = repository.active(organisationId).orElse(null);
            if (credential == null) {
                credential = repository.add(new SigningCredential(organisationId, SigningCredential.Source.ISSUED,
                        certificateAuthority.issue(authorityKey(), organisationId, organisationName, at), actor, at));
                audit.change("SIGNING_CREDENTIAL_ISSUED", "Organisation", organisationId, Messages.text("document.SigningCredentials.signingCertificateIssuedBy",
                        organisationName, credential.getSubject(), DAY.format(credential.getNotAfter()), credential.getCertificateSha256()), null, null);
            }
        }
        if (!credential.validAt(at)) {
            throw new InvalidInputException("signature", Messages.text("document.SigningCredentials.cannotBeSignedYet",
                    outOfDate(credential, organisationName, at)));
        }
        SealedCredential sealed = new SealedCredential(SealedCredential.Holder.organisation(credential.getOrganisationId()),
                credential.chain(), credential.sealedKey());
        SigningKey key;
        try {
            key = keys.unseal(sealed);
        } catch (KeyUnavailableException e) {
            LOG.severe("event=signing_key_unavailable organisation=" + organisationId + " credential=" + credential.getId()
                    + " detail=\"" + e.getMessage() + "\"");
            throw new InvalidInputException("signature", Messages.text("document.SigningCredentials.theSigningKeyOf",
                    organisationName));
        }
        resealIfOlder(credential, sealed, key);
        return new Unsealed(credential.getId(), key);
    }

    /**
     * A key sealed in the earlier format (PBES2, a PBKDF2 per unsealing) is sealed anew in the current one at its
     * first use, in the transaction that uses it: if that transaction rolls back, so does the new seal, and the next
     * use tries again. Only the sealed key changes, and only if no one changed it meanwhile.
     */
    private void resealIfOlder(SigningCredential credential, SealedCredential sealed, SigningKey key) {
        keys.resealed(sealed, key).ifPresent(fresh -> {
            if (repository.reseal(credential.getId(), sealed.sealedKey(), fresh.sealedKey())) {
                LOG.info("event=signing_key_resealed organisation=" + credential.getOrganisationId() + " credential="
                        + credential.getId() + " format=current");
            }
        });
    }

    private SigningKey authorityKey() {
        SigningAuthority authority = repository.authority()
                .orElseThrow(() -> new IllegalStateException("Concordat's certification authority has not been created"));
        try {
            return keys.unseal(authoritySealed(authority));
        } catch (KeyUnavailableException e) {
            LOG.severe("event=signing_authority_locked detail=\"" + e.getMessage() + "\"");
            throw new InvalidInputException("signature", Messages.text("document.SigningCredentials.concordatSCertificationAuthorityCannot"));
        }
    }

    private SigningCredential replaceWith(long organisationId, SigningCredential.Source source, SealedCredential credential,
                                          String actor) {
        Instant now = clock.instant();
        repository.authorityForUpdate();
        repository.active(organisationId).ifPresent(old -> old.replace(now));
        repository.flush();
        SigningCredential added = repository.add(new SigningCredential(organisationId, source, credential, actor, now));
        // Signatures of this organisation waiting for a usable key are tried again as soon as this commits.
        outbox.retryNow(organisationId, now);
        queued.fire(new SigningQueued(organisationId));
        return added;
    }

    /** Administrators manage every organisation's credential; an organisation's IG lead its own; its members may look. */
    private OrganisationData organisation(Caller caller, long organisationId, boolean manage) {
        boolean own = caller.belongsTo(organisationId);
        if (!caller.has(Role.ADMIN) && !own) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        if (manage && !caller.has(Role.ADMIN) && !caller.has(Role.IG_LEAD)) {
            throw guard.refuse(caller, Messages.text("document.SigningCredentials.manageASigningCredential"), Messages.text("document.SigningCredentials.thisNeedsTheAdminOr"));
        }
        return organisations.findByIdAnyState(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
    }
}
