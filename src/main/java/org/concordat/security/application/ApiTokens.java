package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.concordat.audit.application.AuditLog;
import org.concordat.security.domain.ApiToken;
import org.concordat.security.domain.ApiTokenRepository;
import org.concordat.security.domain.TokenUse;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.ConsistentReads;
import org.concordat.shared.application.DatabaseOutage;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;

/**
 * API tokens: a user issues one for a partner system (shown once), lists and revokes their own. The API
 * authenticates each request by the token's SHA-256, which is all the database holds: the tokens are random
 * 256-bit values, so a fast hash is enough and a slow one would only slow every API call.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    /** Request attribute under which the API's token filter leaves the authenticated caller. */
    public static final String CALLER_ATTRIBUTE = "org.concordat.api.caller";

    static final String PREFIX = "cnc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    CallerDirectory callers;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ConsistentReads reads;

    /** The token in clear, returned once, with the record that describes it. */
    public record IssuedToken(TokenData data, String token) {
    }

    public record TokenData(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt, Instant revokedAt, boolean usable) implements Serializable {
        static TokenData of(ApiToken t, Instant now) {
            return new TokenData(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                    t.getLastUsedAt(), t.getRevokedAt(), t.isUsableAt(now));
        }
    }

    @Transactional
    public IssuedToken issue(String name, int validForDays) {
        Caller caller = guard.signedIn();
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new InvalidInputException("name", Messages.text("security.ApiTokens.giveTheTokenAName"));
        }
        if (validForDays < 1 || validForDays > 730) {
            throw new InvalidInputException("validForDays", Messages.text("security.ApiTokens.aTokenCanBeValid"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.add(new ApiToken(caller.userId(), name.trim(), sha256(token),
                token.substring(0, 10), now, now.plus(Duration.ofDays(validForDays))));
        audit.change("API_TOKEN_ISSUED", "ApiToken", saved.getId(),
                Messages.text("security.ApiTokens.apiToken", saved.getName(), caller.email()), null, null);
        return new IssuedToken(TokenData.of(saved, now), token);
    }

    @Transactional
    public List<TokenData> mine() {
        Caller caller = guard.signedIn();
        Instant now = clock.instant();
        return tokens.ofUser(caller.userId()).stream().map(t -> TokenData.of(t, now)).toList();
    }

    @Transactional
    public void revoke(long id) {
        Caller caller = guard.signedIn();
        ApiToken token = tokens.find(id).filter(t -> t.getUserId() == caller.userId())
                .orElseThrow(() -> new NotFoundException(Messages.text("security.ApiTokens.apiToken2", id)));
        token.revoke(clock.instant());
        audit.change("API_TOKEN_REVOKED", "ApiToken", id,
                Messages.text("security.ApiTokens.apiToken3", token.getName(), caller.email()), null, null);
    }

    /**
     * The caller a presented token stands for, if it is known, usable and its user and organisation active. Token
     * and user are read at one moment of the database, from memory where it says nothing changed; no transaction
     * unless a use is worth writing down.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        return reads.atOneMoment(() -> {
            Instant now = clock.instant();
            Optional<TokenUse> token = tokens.findUsable(sha256(presented), now);
            if (token.isEmpty()) {
                return Optional.empty();
            }
            Optional<Caller> caller = callers.activeCaller(token.get().userId());
            if (caller.isPresent() && token.get().worthRecording(now)) {
                recordUse(token.get(), now);
            }
            return caller;
        });
    }

    /**
     * When a token was last used is a convenience for its owner, not a condition of the request: while the database
     * cannot take changes (a standby answering during a failover, a full disk) the request goes on — a read is still
     * answered — and the use is written by a later request.
     */
    private void recordUse(TokenUse use, Instant now) {
        try {
            tokens.recordUse(use.tokenId(), now);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            LOG.fine("event=token_use_not_recorded reason=database_unavailable");
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
