package org.concordat.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByName(String name);

    /** Organisations whose name contains the text (any case), by name; all of them when the text is blank. */
    List<Organisation> search(String text, boolean includeInactive);

    /** The same, a page at a time, by name. */
    org.concordat.shared.domain.Page<Organisation> search(String text, boolean includeInactive,
                                                          org.concordat.shared.domain.PageRequest page);

    long count();

    Organisation add(Organisation organisation);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();
}
