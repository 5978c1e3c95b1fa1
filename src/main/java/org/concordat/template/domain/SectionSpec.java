package org.concordat.template.domain;

import java.io.Serializable;
import java.util.List;
import org.concordat.shared.domain.MultiLine;

/**
 * A section of a template: its guidance for the author, whether it must be completed, the part Concordat
 * generates from the agreement's structured data (parties, flows, ...), if any, and the fields the author writes.
 */
public record SectionSpec(String key, String title, @MultiLine String guidance, boolean required, String generated,
                          List<FieldSpec> fields) implements Serializable {

    public SectionSpec {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
