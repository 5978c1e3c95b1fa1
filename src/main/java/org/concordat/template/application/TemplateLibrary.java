package org.concordat.template.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.concordat.audit.application.AuditLog;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.ReaderLanguage;
import org.concordat.shared.domain.Role;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.BuiltInTemplateSource;
import org.concordat.template.domain.ScreeningQuestion;
import org.concordat.template.domain.Template;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateRepository;
import org.concordat.template.domain.TemplateTranslation;
import org.concordat.template.domain.TemplateVersion;
import org.concordat.template.domain.TemplateVersionStatus;

/**
 * The template library: every signed-in user reads the built-in templates and their own organisation's; an IG
 * lead clones one for their organisation, adapts the draft, and publishes it as a version of their own. A
 * published version is never edited: changing it means a new version.
 */
@ApplicationScoped
public class TemplateLibrary {

    private static final Logger LOG = Logger.getLogger(TemplateLibrary.class.getName());

    @Inject
    TemplateRepository repository;

    @Inject
    BuiltInTemplateSource builtIns;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    /** The built-in templates' translations by "code:version:language", read once (they ship with the application). */
    private volatile Map<String, TemplateTranslation> translations;

    /**
     * The version's content as its reader reads it while drafting: a built-in template's words in the reader's
     * language where it has been translated (issue 23), else as written. Only for showing: what is stored, compared
     * and signed is always {@link TemplateVersionData#content()}.
     */
    public TemplateContent readerContent(TemplateVersionData version) {
        return content(version, ReaderLanguage.current());
    }

    /** The version's content in a language (a document in the lead organisation's): as {@link #readerContent}. */
    public TemplateContent content(TemplateVersionData version, Language language) {
        TemplateTranslation translation = translation(version, language);
        return translation == null ? version.content() : translation.applyTo(version.content());
    }

    /**
     * The version's screening questions in a language, by their English question. A DPIA keeps its own copy of each
     * question; looking its words up by the English it copied means a question reworded since is never shown in
     * another question's translation. Empty in English and for templates without a translation.
     */
    public Map<String, ScreeningQuestion> screeningWords(TemplateVersionData version, Language language) {
        TemplateTranslation translation = translation(version, language);
        if (translation == null) {
            return Map.of();
        }
        Map<String, ScreeningQuestion> words = new java.util.HashMap<>();
        List<ScreeningQuestion> translated = translation.applyTo(version.content()).screening();
        for (int i = 0; i < translated.size(); i++) {
            words.put(version.content().screening().get(i).question(), translated.get(i));
        }
        return Map.copyOf(words);
    }

    private TemplateTranslation translation(TemplateVersionData version, Language language) {
        if (!version.builtIn() || language == Language.ENGLISH) {
            return null;
        }
        Map<String, TemplateTranslation> all = translations;
        if (all == null) {
            Map<String, TemplateTranslation> read = new java.util.HashMap<>();
            builtIns.translations().forEach(t -> read.put(t.code() + ':' + t.version() + ':' + t.language().code(), t));
            translations = all = Map.copyOf(read);
        }
        return all.get(version.code() + ':' + version.number() + ':' + language.code());
    }

    /** At start-up: each built-in template version not yet in the database is added, published. */
    @Transactional
    public void syncBuiltIns() {
        for (BuiltInTemplate builtIn : builtIns.load()) {
            Template template = repository.findBuiltIn(builtIn.code()).orElseGet(() -> repository.add(new Template(
                    builtIn.code(), builtIn.kind(), null, builtIn.content().title(), null, clock.instant())));
            String json = jsonb.toJson(builtIn.content());
            var existing = repository.findVersion(template.getId(), builtIn.version());
            if (existing.isEmpty()) {
                repository.add(TemplateVersion.builtIn(template.getId(), builtIn.version(), json, clock.instant()));
                template.retitle(builtIn.content().title());
                audit.change("TEMPLATE_PUBLISHED", "Template", template.getId(), Messages.text("template.TemplateLibrary.builtInTemplate",
                        builtIn.code(), builtIn.version()), null, null);
            } else if (!content(existing.get()).equals(builtIn.content())) {
                LOG.warning(() -> "event=builtin_template_changed code=" + builtIn.code() + " version=" + builtIn.version()
                        + " (the published version is kept unchanged; raise the version in " + builtIn.file() + ")");
            }
        }
    }

    /** The newest published version of a built-in template, for trusted start-up work such as the demo data. */
    @Transactional
    public long latestBuiltInVersionId(String code) {
        Template template = repository.findBuiltIn(code).orElseThrow(() -> new NotFoundException(Messages.text("template.TemplateLibrary.builtInTemplate2", code)));
        return repository.versionsOf(template.getId()).stream().filter(v -> v.getStatus() == TemplateVersionStatus.PUBLISHED)
                .reduce((a, b) -> b.getNumber() > a.getNumber() ? b : a).orElseThrow().getId();
    }

    @Transactional
    public List<TemplateSummary> list() {
        Caller caller = guard.signedIn();
        return repository.visibleTo(caller.organisationId()).stream().map(t -> new TemplateSummary(t.getId(), t.getCode(),
                t.getKind(), t.getTitle(), t.isBuiltIn(), ownerName(t),
                repository.versionsOf(t.getId()).stream()
                        .map(v -> new TemplateSummary.VersionSummary(v.getId(), v.getNumber(), v.getStatus())).toList()))
                // Agreement templates first, then DPIAs; built-in before the organisation's own.
                .sorted(java.util.Comparator.comparing(TemplateSummary::kind).thenComparing(t -> !t.builtIn())
                        .thenComparing(TemplateSummary::title))
                .toList();
    }

    @Transactional
    public TemplateVersionData version(long versionId) {
        Caller caller = guard.signedIn();
        TemplateVersion version = visibleVersion(caller, versionId);
        return data(caller, repository.find(version.getTemplateId()).orElseThrow(), version);
    }

    /** An IG lead copies a published version into a new template of their organisation, as a draft. */
    @Transactional
    public TemplateVersionData cloneToMyOrganisation(long versionId) {
        Caller caller = guard.requireAny("adapt a template", Role.IG_LEAD);
        TemplateVersion source = visibleVersion(caller, versionId);
        if (!source.isPublished()) {
            throw new InvalidInputException("version", Messages.text("template.TemplateLibrary.onlyAPublishedTemplateVersion"));
        }
        Template original = repository.find(source.getTemplateId()).orElseThrow();
        Template copy = repository.add(new Template(original.getCode(), original.getKind(), caller.organisationId(),
                original.getTitle(), original.getId(), clock.instant()));
        TemplateVersion draft = repository.add(TemplateVersion.draft(copy.getId(), 1, source.getContent(), source.getId(),
                caller.email(), clock.instant()));
        audit.change("TEMPLATE_CLONED", "Template", copy.getId(), caller.organisationName() + " adapted template "
                + original.getCode() + " version " + source.getNumber(), null, null);
        return data(caller, copy, draft);
    }

    /** An IG lead starts the next version of their organisation's template, from its latest published one. */
    @Transactional
    public TemplateVersionData startNewVersion(long templateId) {
        Caller caller = guard.requireAny(Messages.text("template.TemplateLibrary.startATemplateVersion"), Role.IG_LEAD);
        Template template = owned(caller, templateId);
        List<TemplateVersion> versions = repository.versionsOf(templateId);
        if (versions.stream().anyMatch(v -> !v.isPublished())) {
            throw new InvalidInputException("version", Messages.text("template.TemplateLibrary.thisTemplateAlreadyHasA"));
        }
        TemplateVersion latest = versions.get(versions.size() - 1);
        TemplateVersion draft = repository.add(TemplateVersion.draft(templateId, latest.getNumber() + 1, latest.getContent(),
                latest.getId(), caller.email(), clock.instant()));
        audit.change("TEMPLATE_VERSION_STARTED", "Template", templateId, "Version " + draft.getNumber() + " of template "
                + template.getTitle() + " started", null, null);
        return data(caller, template, draft);
    }

    @Transactional
    public TemplateVersionData saveDraft(long versionId, long expectedLockVersion, TemplateContent content) {
        Caller caller = guard.requireAny("edit a template", Role.IG_LEAD);
        TemplateVersion version = editableDraft(caller, versionId, expectedLockVersion);
        Template template = repository.find(version.getTemplateId()).orElseThrow();
        List<FieldError> problems = content.problems(template.getKind());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TemplateContent before = content(version);
        version.revise(jsonb.toJson(content));
        template.retitle(content.title());
        audit.change("TEMPLATE_DRAFT_SAVED", "TemplateVersion", versionId, Messages.text("template.TemplateLibrary.draftVersion",
                version.getNumber(), content.title()), before, content);
        return data(caller, template, version);
    }

    @Transactional
    public TemplateVersionData publish(long versionId, long expectedLockVersion) {
        Caller caller = guard.requireAny("publish a template", Role.IG_LEAD);
        TemplateVersion version = editableDraft(caller, versionId, expectedLockVersion);
        Template template = repository.find(version.getTemplateId()).orElseThrow();
        List<FieldError> problems = content(version).problems(template.getKind());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        version.publish(caller.email(), clock.instant());
        audit.change("TEMPLATE_PUBLISHED", "TemplateVersion", versionId, "Version " + version.getNumber() + " of template "
                + template.getTitle() + " published", null, null);
        return data(caller, template, version);
    }

    private TemplateVersion editableDraft(Caller caller, long versionId, long expectedLockVersion) {
        TemplateVersion version = visibleVersion(caller, versionId);
        owned(caller, version.getTemplateId());
        if (version.getStatus() == TemplateVersionStatus.PUBLISHED) {
            throw new InvalidInputException("version", Messages.text("template.TemplateLibrary.aPublishedTemplateVersionIs"));
        }
        if (version.getVersion() != expectedLockVersion) {
            throw new ConcurrentChangeException("template");
        }
        return version;
    }

    private Template owned(Caller caller, long templateId) {
        Template template = repository.find(templateId).filter(t -> t.isBuiltIn() || t.isOwnedBy(caller.organisationId()))
                .orElseThrow(() -> new NotFoundException("Template " + templateId));
        if (!template.isOwnedBy(caller.organisationId())) {
            throw guard.refuse(caller, "change template " + templateId, template.isBuiltIn()
                    ? Messages.text("template.TemplateLibrary.builtInTemplatesAreNot")
                    : Messages.text("template.TemplateLibrary.onlyTheOrganisationThatOwns"));
        }
        return template;
    }

    /**
     * Built-in and own versions, and any published one: the partners of an agreement drafted from another
     * organisation's adapted template must read the sections they sign. Only drafts stay with their owner.
     */
    private TemplateVersion visibleVersion(Caller caller, long versionId) {
        TemplateVersion version = repository.findVersion(versionId)
                .orElseThrow(() -> new NotFoundException(Messages.text("template.TemplateLibrary.templateVersion",
                        versionId)));
        repository.find(version.getTemplateId())
                .filter(t -> t.isBuiltIn() || t.isOwnedBy(caller.organisationId()) || version.isPublished())
                .orElseThrow(() -> new NotFoundException(Messages.text("template.TemplateLibrary.templateVersion",
                        versionId)));
        return version;
    }

    private TemplateVersionData data(Caller caller, Template template, TemplateVersion version) {
        repository.flush();
        boolean lead = caller.has(Role.IG_LEAD);
        boolean owner = template.isOwnedBy(caller.organisationId());
        boolean hasDraft = repository.versionsOf(template.getId()).stream().anyMatch(v -> !v.isPublished());
        return new TemplateVersionData(version.getId(), version.getVersion(), template.getId(), template.getCode(),
                template.getKind(), version.getNumber(), version.getStatus(), content(version), template.isBuiltIn(),
                ownerName(template), version.getBasedOnVersionId(), version.getPublishedAt(), version.getPublishedBy(),
                lead && owner && !version.isPublished(), lead && template.isBuiltIn() && version.isPublished(),
                lead && owner && version.isPublished() && !hasDraft);
    }

    private TemplateContent content(TemplateVersion version) {
        return jsonb.fromJson(version.getContent(), TemplateContent.class);
    }

    private String ownerName(Template template) {
        return template.isBuiltIn() ? null : organisations.findByIdAnyState(Objects.requireNonNull(template.getOwnerOrganisationId()))
                .map(OrganisationData::name).orElse("");
    }
}
