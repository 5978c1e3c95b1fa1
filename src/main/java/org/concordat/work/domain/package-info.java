/**
 * The queues of work ({@link org.concordat.work.domain.WorkKind}: who sees each, in which order, where each item is
 * done), the plan of which queues a set of roles sees ({@link org.concordat.work.domain.WorkPlan}), and the port that
 * reads them ({@link org.concordat.work.domain.WorkQueues}).
 */
package org.concordat.work.domain;
