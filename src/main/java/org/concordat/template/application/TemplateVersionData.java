package org.concordat.template.application;

import java.io.Serializable;
import java.time.Instant;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.domain.TemplateVersionStatus;

/**
 * One template version as pages and the API see it, with what the caller may do with it.
 *
 * @param lockVersion what an edit or a publication must send back (optimistic locking)
 */
public record TemplateVersionData(long id, long lockVersion, long templateId, String code, TemplateKind kind,
                                  int number, TemplateVersionStatus status, TemplateContent content, boolean builtIn,
                                  String ownerName, Long basedOnVersionId, Instant publishedAt, String publishedBy,
                                  boolean canEdit, boolean canClone, boolean canStartNewVersion) implements Serializable {
}
