package org.concordat.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.it.support.Api;
import org.concordat.it.support.WebSession;

/**
 * The first page of each long list (issue 23 part 2), timed over HTTP on the generated partnership (500 organisations,
 * 10,000 agreements) as its busiest organisation's IG lead sees it: the page a browser gets (signed in, the whole JSF
 * render) and the API's page. Warms every address up first, then times them in turns so that no list has the machine to
 * itself; prints the median, 95th percentile and worst of each. Not a test: bench/lists/run.sh runs it.
 *
 *   ListTimings baseUrl jdbcUrl user password adminEmail adminPassword [rounds] [baseline]
 *
 * With "baseline" it times only the addresses an older build also answers (the lists' plain first pages), for a
 * side-by-side run against it on the same data.
 */
public final class ListTimings {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 300;
        long organisation;
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]); Statement s = c.createStatement()) {
            organisation = single(s, "select organisation_id from agreement_party group by organisation_id order by count(*) desc limit 1");
            // The administrator becomes the busiest organisation's IG lead and DPO, so that one sign-in sees every list.
            s.executeUpdate("update app_user set organisation_id = " + organisation + " where email = '" + args[4] + "'");
            s.executeUpdate("insert into app_user_role (user_id, role) select id, r from app_user, (values ('IG_LEAD'), ('DPO')) v(r)"
                    + " where email = '" + args[4] + "' on conflict do nothing");
            System.out.printf("Busiest organisation %d: party to %d agreement versions, leads %d agreements, %d DPIAs seen%n",
                    organisation, single(s, "select count(*) from agreement_party where organisation_id = " + organisation),
                    single(s, "select count(*) from agreement where lead_organisation_id = " + organisation),
                    single(s, "select count(*) from dpia where lead_organisation_id = " + organisation));
        }
        WebSession web = new WebSession(base);
        WebSession.Page signedIn = web.signIn(args[4], args[5]);
        if (signedIn.status() != 302 && signedIn.status() != 303) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.status());
        }
        String token = web.issueApiToken("list timings");
        Api api = new Api(base, token);

        Map<String, Check> addresses = new LinkedHashMap<>();
        addresses.put("page  /app/agreements.xhtml", () -> web.get("/app/agreements.xhtml").status());
        addresses.put("page  /app/agreements.xhtml?status=IN_FORCE&sort=REVIEW_BY", () -> web.get("/app/agreements.xhtml?status=IN_FORCE&sort=REVIEW_BY").status());
        addresses.put("page  /app/agreements.xhtml?q=child", () -> web.get("/app/agreements.xhtml?q=child").status());
        addresses.put("page  /app/agreements.xhtml?page=3", () -> web.get("/app/agreements.xhtml?page=3").status());
        addresses.put("page  /app/dpias.xhtml", () -> web.get("/app/dpias.xhtml").status());
        addresses.put("api   /api/v1/agreements?size=25", () -> api.get("/api/v1/agreements?size=25").status());
        addresses.put("api   /api/v1/agreements?size=25&basis=A6-1-e&q=health", () -> api.get("/api/v1/agreements?size=25&basis=A6-1-e&q=health").status());
        addresses.put("api   /api/v1/dpias?size=25", () -> api.get("/api/v1/dpias?size=25").status());
        addresses.put("page  /app/decisions.xhtml", () -> web.get("/app/decisions.xhtml").status());
        addresses.put("page  /app/decisions.xhtml?minePage=2&page=2", () -> web.get("/app/decisions.xhtml?minePage=2&page=2").status());
        addresses.put("api   /api/v1/sharing-decisions?scope=organisation&size=25", () -> api.get("/api/v1/sharing-decisions?scope=organisation&size=25").status());
        addresses.put("page  /register.xhtml", () -> web.get("/register.xhtml").status());
        addresses.put("page  /register.xhtml?q=health", () -> web.get("/register.xhtml?q=health").status());
        addresses.put("api   /api/v1/register?size=25", () -> api.get("/api/v1/register?size=25").status());
        addresses.put("page  /app/organisations.xhtml", () -> web.get("/app/organisations.xhtml").status());
        addresses.put("page  /admin/users.xhtml", () -> web.get("/admin/users.xhtml").status());
        addresses.put("page  /admin/audit.xhtml", () -> web.get("/admin/audit.xhtml").status());

        boolean baseline = args.length > 7 && args[7].equals("baseline");
        if (baseline) {
            // What the baseline had: no filters in the address, and a register (page and API) that read every agreement.
            addresses.keySet().removeIf(k -> k.contains("?") && !k.endsWith("?size=25") || k.contains("page=3")
                    || k.contains("register") || k.contains("sharing-decisions"));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        addresses.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int warm = 0; warm < 30; warm++) {
            for (var e : addresses.entrySet()) {
                int status = e.getValue().status();
                if (status != 200) {
                    throw new IllegalStateException(e.getKey() + " answered " + status);
                }
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (var e : addresses.entrySet()) {
                long started = System.nanoTime();
                e.getValue().status();
                times.get(e.getKey()).add(System.nanoTime() - started);
            }
        }
        if (baseline) {
            // The baseline's public register read every agreement of the partnership on each request: tens of seconds
            // at this scale, so it is timed once, apart.
            long started = System.nanoTime();
            web.get("/register.xhtml");
            times.put("page  /register.xhtml (one request, not paged)", List.of(System.nanoTime() - started));
        }
        System.out.printf("%-66s %8s %8s %8s%n", "First page (" + rounds + " requests each, after 30 to warm up)", "median", "p95", "worst");
        times.forEach((address, ns) -> {
            List<Long> sorted = ns.stream().sorted().toList();
            System.out.printf("%-66s %6.1f ms %6.1f ms %6.1f ms%n", address, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
        });
    }

    @FunctionalInterface
    interface Check {
        int status() throws Exception;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
