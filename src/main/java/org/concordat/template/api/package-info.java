/** REST endpoints for templates. */
package org.concordat.template.api;
