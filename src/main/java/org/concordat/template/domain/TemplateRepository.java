package org.concordat.template.domain;

import java.util.List;
import java.util.Optional;

/** Where templates and their versions are kept. */
public interface TemplateRepository {

    Optional<Template> find(long id);

    Optional<Template> findBuiltIn(String code);

    /** Built-in templates and those of one organisation. */
    List<Template> visibleTo(long organisationId);

    Template add(Template template);

    Optional<TemplateVersion> findVersion(long id);

    Optional<TemplateVersion> findVersion(long templateId, int number);

    List<TemplateVersion> versionsOf(long templateId);

    TemplateVersion add(TemplateVersion version);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();
}
