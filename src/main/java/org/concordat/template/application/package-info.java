/** Use cases for templates: the library, cloning, drafting, publishing; the built-ins synchronised at start-up. */
package org.concordat.template.application;
