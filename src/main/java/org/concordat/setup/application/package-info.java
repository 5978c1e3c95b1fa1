/** Start-up tasks: first administrator and demo partnership. */
package org.concordat.setup.application;
