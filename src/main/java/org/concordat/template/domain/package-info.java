/** Templates, their versions and their content (sections, fields, DPIA screening and risk matrix). */
package org.concordat.template.domain;
