package org.concordat.legal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.CatalogueSource;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * The legal catalogue in force in this deployment, loaded and checked when the application starts: a broken
 * file stops the deployment with a message naming the file, the entry and the problem.
 */
@ApplicationScoped
public class LegalCatalogue {

    private static final Logger LOG = Logger.getLogger(LegalCatalogue.class.getName());

    @Inject
    CatalogueSource source;

    @Inject
    AccessGuard guard;

    private volatile Catalogue catalogue;

    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        current();
    }

    /** The catalogue for other features' use cases (no caller check: the law is not a secret). */
    public Catalogue current() {
        Catalogue loaded = catalogue;
        if (loaded == null) {
            synchronized (this) {
                if (catalogue == null) {
                    catalogue = source.load();
                    LOG.info(() -> "event=catalogue_loaded version=" + catalogue.version() + " entries=" + catalogue.size());
                }
                loaded = catalogue;
            }
        }
        return loaded;
    }

    /** The catalogue as a signed-in reader sees it (version, title, size). */
    public Catalogue forReader() {
        guard.signedIn();
        return current();
    }

    /** For the catalogue page and API: entries matching the words, optionally of one topic. */
    public List<CatalogueEntry> search(String text, String topicId) {
        guard.signedIn();
        Topic topic = null;
        if (topicId != null && !topicId.isBlank()) {
            topic = Topic.byId(topicId).orElseThrow(() -> new InvalidInputException("topic",
                    Messages.text("legal.LegalCatalogue.thereIsNoTopic", topicId, String.join(", ", topicIds()))));
        }
        return current().search(text, topic);
    }

    public Optional<CatalogueEntry> entry(String code) {
        guard.signedIn();
        return current().find(code);
    }

    /** The entries of one topic, for the choices of a form (codes with titles and summaries). */
    public List<CatalogueEntry> choices(Topic topic) {
        return current().entries(topic);
    }

    public List<String> topicIds() {
        return java.util.Arrays.stream(Topic.values()).map(Topic::id).toList();
    }
}
