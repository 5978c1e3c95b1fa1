/** What the installation says about itself over HTTP: its security.txt. */
package org.concordat.setup.web;
