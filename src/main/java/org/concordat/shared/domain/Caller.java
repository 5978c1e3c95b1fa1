package org.concordat.shared.domain;

import java.util.Set;

/**
 * Who is asking: a signed-in user (browser) or the owner of an API token.
 *
 * @param language the language they chose to read Concordat in, or null until they first choose (then the language
 *                 switch's cookie decides for pages, and English for e-mails)
 */
public record Caller(long userId, String email, String fullName, long organisationId, String organisationName,
                     Set<Role> roles, Language language) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Someone who has not chosen a language. */
    public Caller(long userId, String email, String fullName, long organisationId, String organisationName,
                  Set<Role> roles) {
        this(userId, email, fullName, organisationId, organisationName, roles, null);
    }

    /** The language to write to them in when they are not here to ask: the one they chose, else English. */
    public Language reads() {
        return language == null ? Language.ENGLISH : language;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(long organisation) {
        return organisationId == organisation;
    }
}
