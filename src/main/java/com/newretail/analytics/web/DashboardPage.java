package com.newretail.analytics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.newretail.analytics.domain.AnalyticsConfig;
import com.newretail.analytics.domain.DashboardCharts;
import com.newretail.analytics.domain.Dashboards;
import com.newretail.analytics.domain.Period;
import com.newretail.analytics.domain.Reports;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.security.OperationRules;
import com.newretail.platform.web.HtmlTemplates;

import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The back office's read-only dashboard page: people, goods and place of one org unit over the last
 * days, for the signed-in person's data scope. Sign-in is the OIDC code flow (the {@code dashboard}
 * tenant); the page is rendered on the server from the same reports and charts as the GraphQL
 * dashboards and drawn in the browser by ECharts. Without a dashboard role the page says so (403);
 * a unit outside the scope is answered like a missing one (404).
 */
@ApplicationScoped
public class DashboardPage {

    public static final String PATH = "/dashboard";
    static final List<Integer> PERIODS = List.of(7, 30, 90, 365);
    private static final int DEFAULT_DAYS = 30;
    private static final int ROWS = 20;
    private static final int GOODS_ROWS = 10;
    private static final Logger LOG = Logger.getLogger(DashboardPage.class);

    private final Dashboards dashboards;
    private final OrgUnitViews orgUnits;
    private final CallerScope callerScope;
    private final OperationRules rules;
    private final AnalyticsConfig config;
    private final Template page;
    private final Template message;

    public DashboardPage(Dashboards dashboards, OrgUnitViews orgUnits, CallerScope callerScope, OperationRules rules, AnalyticsConfig config) {
        this.dashboards = dashboards;
        this.orgUnits = orgUnits;
        this.callerScope = callerScope;
        this.rules = rules;
        this.config = config;
        this.page = HtmlTemplates.load("templates/dashboard/page.html");
        this.message = HtmlTemplates.load("templates/dashboard/message.html");
    }

    void route(@Observes Router router) {
        router.get(PATH).handler(this::show);
    }

    private void show(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            message(context, 401, "Not signed in", "Please sign in to see the dashboards.");
            return;
        }
        if (!Stream.of("peopleDashboard", "goodsDashboard", "placeDashboard").allMatch(operation -> rules.allows(operation, identity))) {
            message(context, 403, "No access", "Your account has no role that may see the dashboards.");
            return;
        }
        Request request;
        try {
            request = Request.of(context);
        } catch (IllegalArgumentException e) {
            message(context, 400, "Bad request", e.getMessage());
            return;
        }
        LocalDate today = LocalDate.now(config.timeZone());
        Period period = new Period(today.minusDays(request.days() - 1L), today);
        callerScope.of(identity)
                .chain(scope -> (request.unitId() != null ? Uni.createFrom().item(request.unitId()) : orgUnits.topUnit(scope))
                        .chain(unit -> unit == null ? Uni.createFrom().nullItem() : reports(unit, scope, period)))
                .subscribe().with(reports -> {
                    if (reports == null) {
                        message(context, 404, "Not found", "This org unit does not exist or is outside what you may see.");
                    } else {
                        send(context, 200, render(reports, request, identity));
                    }
                }, failure -> fault(context, failure));
    }

    /** What the page shows; null when the unit is outside the scope. */
    private record Shown(OrgUnit unit, Reports.People people, Reports.Goods goods, Reports.Place place, Map<Long, OrgUnit> stores) {
    }

    private Uni<Shown> reports(long unitId, DataScope scope, Period period) {
        return Uni.combine().all().unis(orgUnits.views(List.of(unitId), scope),
                        dashboards.people(unitId, scope, period, Reports.PeopleGroup.STORE, ROWS),
                        dashboards.goods(unitId, scope, period, false, GOODS_ROWS),
                        dashboards.place(unitId, scope, period, ROWS)).asTuple()
                .chain(t -> {
                    OrgUnit unit = t.getItem1().get(unitId);
                    if (unit == null || t.getItem2() == null || t.getItem3() == null || t.getItem4() == null) {
                        return Uni.createFrom().nullItem();
                    }
                    List<Long> storeIds = Stream.concat(t.getItem3().slowMovers().stream(), t.getItem3().outOfStocks().stream())
                            .map(Reports.GoodsLine::storeId).filter(Objects::nonNull).distinct().toList();
                    Uni<Map<Long, OrgUnit>> stores = storeIds.isEmpty() ? Uni.createFrom().item(Map.of()) : orgUnits.views(storeIds, scope);
                    return stores.map(names -> new Shown(unit, t.getItem2(), t.getItem3(), t.getItem4(), names));
                });
    }

    private String render(Shown shown, Request request, SecurityIdentity identity) {
        Reports.People people = shown.people();
        String currency = people.currency();
        List<DashboardCharts.Chart> charts = new ArrayList<>(DashboardCharts.people(people, Reports.PeopleGroup.STORE,
                people.lines().stream().map(Reports.PeopleLine::label).toList()));
        charts.addAll(DashboardCharts.goods(shown.goods(), false));
        charts.addAll(DashboardCharts.place(shown.place()));
        String unitParam = request.unitId() == null ? "" : "&unit=" + GlobalId.encode(OrgUnit.TYPE, request.unitId());
        List<Map<String, Object>> periods = PERIODS.stream().map(days -> view("days", days, "current", days == request.days(),
                "href", PATH + "?days=" + days + unitParam)).toList();
        return page.data("unitName", shown.unit().getName())
                .data("unitType", String.valueOf(shown.unit().getType()))
                .data("user", identity.getPrincipal().getName())
                .data("from", people.period().from().toString())
                .data("to", people.period().to().toString())
                .data("periods", periods)
                .data("asOf", people.asOf().atZoneSameInstant(config.timeZone()).toLocalDateTime().toString().replace('T', ' '))
                .data("kpis", PageFormat.kpis(people.totals(), shown.place(), currency))
                .data("people", people.lines().stream().map(line -> view("rank", line.rank(), "label", line.label(),
                        "href", line.storeId() == null ? null : PATH + "?days=" + request.days() + "&unit=" + GlobalId.encode(OrgUnit.TYPE, line.storeId()),
                        "netSales", PageFormat.money(line.figures().netSales(), currency), "transactions", line.figures().transactions(),
                        "averageTicket", PageFormat.money(line.figures().averageTicket(), currency),
                        "attainment", PageFormat.percent(line.figures().attainmentPercent()))).toList())
                .data("slowMovers", goodsRows(shown.goods().slowMovers(), shown.stores()))
                .data("outOfStocks", goodsRows(shown.goods().outOfStocks(), shown.stores()))
                .data("chartsJson", new RawString(chartsJson(charts)))
                .render();
    }

    private static List<Map<String, Object>> goodsRows(List<Reports.GoodsLine> lines, Map<Long, OrgUnit> stores) {
        return lines.stream().map(line -> view("label", line.label(),
                "store", line.storeId() == null || !stores.containsKey(line.storeId()) ? "" : stores.get(line.storeId()).getName(),
                "onHand", line.onHand(), "sold", line.netSold())).toList();
    }

    /**
     * The charts as JSON for the page's data block. {@code <}, {@code >} and {@code &} are escaped so no
     * label can end the block or open markup (the block is read with JSON.parse, never executed).
     */
    static String chartsJson(List<DashboardCharts.Chart> charts) {
        JsonArray all = new JsonArray();
        for (DashboardCharts.Chart chart : charts) {
            JsonArray series = new JsonArray();
            chart.series().forEach(s -> {
                JsonArray values = new JsonArray();
                s.values().forEach(v -> values.add(v == null ? null : v.toPlainString()));
                series.add(new JsonObject().put("name", s.name()).put("kind", s.kind().name()).put("values", values));
            });
            all.add(new JsonObject().put("key", chart.key()).put("title", chart.title()).put("categories", new JsonArray(chart.categories()))
                    .put("series", series));
        }
        return all.encode().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** The query string: {@code days} (one of {@link #PERIODS}) and {@code unit} (an OrgUnit ID). */
    record Request(int days, Long unitId) {

        static Request of(RoutingContext context) {
            String days = context.request().getParam("days");
            String unit = context.request().getParam("unit");
            int chosen = DEFAULT_DAYS;
            if (days != null) {
                try {
                    chosen = Integer.parseInt(days.trim());
                } catch (NumberFormatException e) {
                    chosen = -1;
                }
                if (!PERIODS.contains(chosen)) {
                    throw new IllegalArgumentException("The period (days) must be one of " + PERIODS + ".");
                }
            }
            Long unitId = null;
            if (unit != null) {
                try {
                    unitId = GlobalId.decode(unit, OrgUnit.TYPE);
                } catch (InvalidGlobalIdException e) {
                    throw new IllegalArgumentException("The unit given is not the ID of an org unit.");
                }
            }
            return new Request(chosen, unitId);
        }
    }

    static Map<String, Object> view(Object... pairs) {
        Map<String, Object> view = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            view.put((String) pairs[i], pairs[i + 1]);
        }
        return view;
    }

    private void message(RoutingContext context, int status, String heading, String text) {
        send(context, status, message.data("heading", heading).data("message", text).render());
    }

    private static void send(RoutingContext context, int status, String html) {
        context.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store").putHeader("X-Frame-Options", "DENY").putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
                .end(html);
    }

    private void fault(RoutingContext context, Throwable e) {
        LOG.error("Dashboard page failed", e);
        if (!context.response().ended()) {
            message(context, 500, "Something went wrong", "Please try again later.");
        }
    }
}
