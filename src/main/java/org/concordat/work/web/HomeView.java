package org.concordat.work.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concordat.work.application.MyWork;
import org.concordat.work.domain.Work;

/** The home page: what needs the signed-in person, read once per request. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    MyWork myWork;

    private Work work;

    public Work getWork() {
        if (work == null) {
            work = myWork.mine();
        }
        return work;
    }
}
