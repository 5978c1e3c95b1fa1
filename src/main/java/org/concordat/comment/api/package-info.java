/** {@code /api/v1/agreements/versions/{versionId}/comments}: the same threads and rules over the REST API. */
package org.concordat.comment.api;
