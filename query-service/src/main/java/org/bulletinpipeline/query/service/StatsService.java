package org.bulletinpipeline.query.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.repository.StatsRepository;
import org.bulletinpipeline.query.view.Stats;

/** Overview counts between two optional dates. */
@ApplicationScoped
public class StatsService {

    private final StatsRepository repository;

    public StatsService(StatsRepository repository) {
        this.repository = repository;
    }

    public Stats stats(String from, String to) {
        return repository.stats(SearchCriteriaParser.date("from", from), SearchCriteriaParser.date("to", to));
    }
}
