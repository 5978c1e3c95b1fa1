/** Templates in the database (JPA) and the built-in template files (YAML). */
package org.concordat.template.infrastructure;
