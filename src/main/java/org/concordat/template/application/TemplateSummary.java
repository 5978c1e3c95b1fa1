package org.concordat.template.application;

import java.io.Serializable;
import java.util.List;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.domain.TemplateVersionStatus;

/** A template in the library list, with its versions. */
public record TemplateSummary(long id, String code, TemplateKind kind, String title, boolean builtIn,
                              String ownerName, List<VersionSummary> versions) implements Serializable {

    public record VersionSummary(long id, int number, TemplateVersionStatus status) implements Serializable {
    }

    /** The version an agreement would be drafted from today: the latest published one. */
    public VersionSummary latestPublished() {
        return versions.stream().filter(v -> v.status() == TemplateVersionStatus.PUBLISHED)
                .reduce((a, b) -> b).orElse(null);
    }
}
