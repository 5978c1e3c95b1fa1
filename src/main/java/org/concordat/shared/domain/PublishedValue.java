package org.concordat.shared.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a domain class that other features may use as they use records and enums: an immutable value a feature
 * publishes, such as the legal catalogue. The boundary rule between features (ArchitectureTest) lets it through; an
 * entity, a repository or a policy never carries it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PublishedValue {
}
