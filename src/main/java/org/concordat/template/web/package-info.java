/** Pages: the template library and one template version (read, copy, edit, publish). */
package org.concordat.template.web;
