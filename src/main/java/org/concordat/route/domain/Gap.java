package org.concordat.route.domain;

import java.util.Set;

/** Part of a route that no flow in force covers: these categories of information about these people. */
public record Gap(Set<String> subjects, Set<String> categories) {

    public Gap {
        subjects = Codes.sorted(subjects);
        categories = Codes.sorted(categories);
    }
}
