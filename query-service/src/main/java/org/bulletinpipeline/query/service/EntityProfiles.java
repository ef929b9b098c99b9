package org.bulletinpipeline.query.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.bulletinpipeline.query.place.AdminCode;
import org.bulletinpipeline.query.repository.EntityRepository;
import org.bulletinpipeline.query.repository.PlaceDirectory;
import org.bulletinpipeline.query.search.BadQueryException;
import org.bulletinpipeline.query.view.EntityViews.OrganizationProfile;
import org.bulletinpipeline.query.view.EntityViews.OrganizationSummary;
import org.bulletinpipeline.query.view.EntityViews.PersonProfile;
import org.bulletinpipeline.query.view.EntityViews.PersonSummary;
import org.bulletinpipeline.query.view.EntityViews.PlaceProfile;
import org.bulletinpipeline.query.view.EntityViews.PlaceRef;
import org.bulletinpipeline.query.view.EntityViews.PlaceSummary;

/** Lists and profiles of persons, places and organizations. */
@ApplicationScoped
public class EntityProfiles {

    static final int ARTICLES = 50;
    static final int RELATED = 20;

    private final EntityRepository repository;
    private final PlaceDirectory directory;
    private final SearchCriteriaParser parser;

    public EntityProfiles(EntityRepository repository, PlaceDirectory directory, SearchCriteriaParser parser) {
        this.repository = repository;
        this.directory = directory;
        this.parser = parser;
    }

    public List<PersonSummary> persons(String q, String limit) {
        return repository.persons(nameFragment(q), parser.limit(limit, 50));
    }

    public PersonProfile person(String name) {
        long[] counts = repository.personCounts(name).filter(c -> c[0] > 0)
                .orElseThrow(() -> new NotFoundException("No person named " + name + " is known."));
        String where = "a.person_names @> array[cast(? as text)]";
        return new PersonProfile(name, counts[0], counts[1], repository.titles(name),
                repository.articlesWithPerson(name, ARTICLES),
                repository.cooccurring("person_names", where, name, name, RELATED),
                repository.cooccurring("place_names", where, name, "", RELATED),
                repository.cooccurring("organization_names", where, name, "", RELATED));
    }

    public List<OrganizationSummary> organizations(String q, String limit) {
        return repository.organizations(nameFragment(q), parser.limit(limit, 50));
    }

    public OrganizationProfile organization(String name) {
        long[] counts = repository.organizationCounts(name).filter(c -> c[0] > 0)
                .orElseThrow(() -> new NotFoundException("No organization named " + name + " is known."));
        String where = "a.organization_names @> array[cast(? as text)]";
        return new OrganizationProfile(name, counts[0], counts[1], repository.articlesWithOrganization(name, ARTICLES),
                repository.cooccurring("person_names", where, name, "", RELATED),
                repository.cooccurring("place_names", where, name, "", RELATED),
                repository.cooccurring("organization_names", where, name, name, RELATED));
    }

    public List<PlaceSummary> places(String q, String limit) {
        return repository.places(nameFragment(q), parser.limit(limit, 50));
    }

    /**
     * A place by GB/T 2260 code or by name. A code needs no event to have named it: 411000 is known as soon as an
     * article mentions 禹州市 (411081), and its name shows once some event names 许昌市 with that code.
     */
    public PlaceProfile place(String nameOrCode) {
        boolean isCode = nameOrCode.chars().allMatch(Character::isDigit);
        String code = isCode ? parser.knownCode(nameOrCode) : directory.codeOf(nameOrCode).orElse(null);
        // a division is shown under its official name however it was asked for (许昌 → 许昌市)
        String name = code != null ? directory.nameOf(code).orElse(isCode ? null : nameOrCode) : nameOrCode;
        String key = code != null ? "c:" + code : "n:" + name;
        long rollup = repository.articlesUnder(key);
        if (rollup == 0 && code == null) {
            throw new NotFoundException("No place named " + nameOrCode + " is known.");
        }
        Optional<AdminCode> admin = AdminCode.parse(code);
        List<PlaceRef> ancestors = admin.map(a -> a.selfAndAncestors().stream().skip(1)
                .map(c -> new PlaceRef(c, directory.nameOf(c).orElse(null), new AdminCode(c).level())).toList())
                .orElse(List.of());
        String level = admin.map(AdminCode::level).orElse(null);
        String where = "a.place_keys @> array[cast(? as text)]";
        return new PlaceProfile(name, code, level, repository.directArticles(code, name), rollup, ancestors,
                admin.map(a -> repository.children(a.code(), a.level())).orElse(List.of()),
                repository.articlesUnder(key, ARTICLES),
                repository.cooccurring("person_names", where, key, "", RELATED),
                repository.cooccurring("organization_names", where, key, "", RELATED),
                repository.cooccurring("place_names", where, key, name == null ? "" : name, RELATED));
    }

    /** The part of a name asked for; a name is a few characters (史根治, 市疫情防控指挥部), so q is bounded like a search's. */
    private String nameFragment(String q) {
        String fragment = q == null ? "" : q.trim();
        if (fragment.length() > parser.maxQueryLength()) {
            throw new BadQueryException("query-too-long", "q is " + fragment.length() + " characters long; at most "
                    + parser.maxQueryLength() + " are searched for.");
        }
        return fragment;
    }
}
