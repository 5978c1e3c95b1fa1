/** {@code GET /api/v1/me/work}: the home page's queues for partner systems and scripts, with the API's own records. */
package org.concordat.work.api;
