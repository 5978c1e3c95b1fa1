package org.concordat.agreement.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.shared.domain.Messages;

/**
 * The words an import file may use in its coded columns: the partnership's organisations by name, the catalogue's
 * entries by title (the template's drop-down lists offer those in force today), the regimes and yes/no. A cell is read
 * by its label, the entry's title or the catalogue code, whatever the case and spacing, so that a file written by hand
 * or by another system reads as well as the template.
 */
public final class ImportVocabulary {

    /** One choice: the label the template offers, and the value it stands for (a code, an organisation id). */
    public record Option(String label, String value) {
    }

    private final Map<ImportColumn, List<Option>> offered = new LinkedHashMap<>();
    private final Map<ImportColumn, Map<String, String>> accepted = new HashMap<>();

    public ImportVocabulary(Catalogue catalogue, List<OrganisationData> organisations, LocalDate today) {
        for (ImportColumn column : ImportColumn.values()) {
            Map<String, String> words = new HashMap<>();
            List<Option> options = new ArrayList<>();
            switch (column.kind()) {
                case ORGANISATION -> organisations.stream().filter(OrganisationData::active).forEach(o -> {
                    options.add(new Option(o.name(), String.valueOf(o.id())));
                    words.put(normal(o.name()), String.valueOf(o.id()));
                });
                case YES_NO -> {
                    options.add(new Option(Messages.text("agreement.ImportVocabulary.yes"), "true"));
                    options.add(new Option(Messages.text("agreement.ImportVocabulary.no"), "false"));
                    words.put(normal(Messages.text("agreement.ImportVocabulary.yes")), "true");
                    words.put(normal(Messages.text("agreement.ImportVocabulary.no")), "false");
                    words.put("y", "true");
                    words.put("n", "false");
                    words.put("true", "true");
                    words.put("false", "false");
                }
                case REGIME -> {
                    for (Regime regime : Regime.values()) {
                        String key = "agreement.ImportVocabulary." + regime.name();
                        String label = Messages.text(key);
                        options.add(new Option(label, regime.name()));
                        words.put(normal(label), regime.name());
                        words.put(normal(regime.name()), regime.name());
                    }
                }
                case CATALOGUE -> {
                    List<CatalogueEntry> entries = entries(catalogue, column);
                    Map<String, Long> titles = new HashMap<>();
                    entries.forEach(e -> titles.merge(normal(e.title()), 1L, Long::sum));
                    for (CatalogueEntry e : entries) {
                        // A title two entries share is told apart by its citation.
                        String label = titles.get(normal(e.title())) > 1 ? e.title() + " (" + e.citation() + ")" : e.title();
                        words.put(normal(e.code()), e.code());
                        words.putIfAbsent(normal(label), e.code());
                        if (titles.get(normal(e.title())) == 1) {
                            words.putIfAbsent(normal(e.title()), e.code());
                        }
                        if (!e.isReplaced() && (e.appliesUntil() == null || !today.isAfter(e.appliesUntil()))) {
                            options.add(new Option(label, e.code()));
                        }
                    }
                }
                default -> {
                }
            }
            offered.put(column, List.copyOf(options));
            accepted.put(column, words);
        }
    }

    /** The catalogue entries a coded column takes. */
    static List<CatalogueEntry> entries(Catalogue catalogue, ImportColumn column) {
        return switch (column) {
            case DATA_SUBJECTS -> catalogue.entries(Topic.DATA_SUBJECTS);
            case DATA_CATEGORIES -> catalogue.entries(Topic.DATA_CATEGORIES);
            case PURPOSE -> catalogue.entries(Topic.PURPOSES);
            case TRANSFER_METHOD -> catalogue.entries(Topic.TRANSFER_METHODS);
            case ARTICLE_6_BASES -> catalogue.entries(Topic.LAWFUL_BASES);
            case RECOGNISED_INTEREST -> catalogue.entries(Topic.RECOGNISED_LEGITIMATE_INTERESTS);
            case ARTICLE_9_CONDITION -> catalogue.entries(Topic.SPECIAL_CATEGORY_CONDITIONS);
            case SCHEDULE_1_CONDITION, ARTICLE_10_SCHEDULE_1_CONDITION -> catalogue.entries(Topic.DPA_SCHEDULE_1);
            case ARTICLE_10_AUTHORITY -> catalogue.entries(Topic.CRIMINAL_OFFENCE_DATA);
            case PART_3_BASIS -> lawEnforcement(catalogue, "lawful-basis");
            case SENSITIVE_PROCESSING -> lawEnforcement(catalogue, "sensitive-processing");
            case SCHEDULE_8_CONDITION -> lawEnforcement(catalogue, "schedule-8");
            case STATUTORY_GATEWAYS -> catalogue.entries(Topic.STATUTORY_GATEWAYS);
            case CONFIDENTIALITY -> catalogue.entries(Topic.CONFIDENTIALITY);
            default -> List.of();
        };
    }

    private static List<CatalogueEntry> lawEnforcement(Catalogue catalogue, String kind) {
        return catalogue.entries(Topic.LAW_ENFORCEMENT).stream().filter(e -> kind.equals(e.kind())).toList();
    }

    /** What the template's drop-down list of the column offers, in the catalogue's order. */
    public List<Option> options(ImportColumn column) {
        return offered.getOrDefault(column, List.of());
    }

    /** The value a cell's word stands for in the column, if it is one of its words. */
    public Optional<String> match(ImportColumn column, String word) {
        return Optional.ofNullable(accepted.getOrDefault(column, Map.of()).get(normal(word)));
    }

    /** The label of a value (for the check page): the option's label, else the value itself. */
    public String label(ImportColumn column, String value) {
        return options(column).stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }

    static String normal(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
