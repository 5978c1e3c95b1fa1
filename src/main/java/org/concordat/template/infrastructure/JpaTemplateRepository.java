package org.concordat.template.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordat.template.domain.Template;
import org.concordat.template.domain.TemplateRepository;
import org.concordat.template.domain.TemplateVersion;

@ApplicationScoped
public class JpaTemplateRepository implements TemplateRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Template> find(long id) {
        return Optional.ofNullable(em.find(Template.class, id));
    }

    @Override
    public Optional<Template> findBuiltIn(String code) {
        return em.createQuery("select t from Template t where t.code = :code and t.ownerOrganisationId is null", Template.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Template> visibleTo(long organisationId) {
        return em.createQuery("select t from Template t where t.ownerOrganisationId is null or t.ownerOrganisationId = :org"
                        + " order by t.kind, t.title", Template.class)
                .setParameter("org", organisationId).getResultList();
    }

    @Override
    public Template add(Template template) {
        em.persist(template);
        return template;
    }

    @Override
    public Optional<TemplateVersion> findVersion(long id) {
        return Optional.ofNullable(em.find(TemplateVersion.class, id));
    }

    @Override
    public Optional<TemplateVersion> findVersion(long templateId, int number) {
        return em.createQuery("select v from TemplateVersion v where v.templateId = :t and v.number = :n", TemplateVersion.class)
                .setParameter("t", templateId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<TemplateVersion> versionsOf(long templateId) {
        return em.createQuery("select v from TemplateVersion v where v.templateId = :t order by v.number", TemplateVersion.class)
                .setParameter("t", templateId).getResultList();
    }

    @Override
    public TemplateVersion add(TemplateVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
