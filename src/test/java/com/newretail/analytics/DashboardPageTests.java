package com.newretail.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The dashboard page rendered on the server, for the caller's scope: a dealer's manager gets the
 * dealer's stores in the charts and tables, labels are escaped, and bad or foreign requests get
 * a clear page (400, 403, 404). The sign-in itself and the drawn charts: {@code DashboardPageIT}.
 */
@QuarkusTest
class DashboardPageTests {

    private static final String DEALER_MANAGER = "dash-page-dealer";

    record World(long dealer, long north, long south, long other) {
    }

    private static World world;

    @Inject
    OrgFixtures orgs;

    @Inject
    Pool pool;

    private World world() {
        if (world == null) {
            long company = orgs.company("Page Co");
            long dealer = orgs.dealer(company, "Page Dealer");
            long otherDealer = orgs.dealer(company, "Page Other Dealer");
            long north = orgs.store(dealer, "Page North");
            long south = orgs.store(dealer, "Page South </script><b>bold</b>");
            long other = orgs.store(otherDealer, "Page Elsewhere");
            orgs.bind(DEALER_MANAGER, dealer, "DEALER_OWNER");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            sales(north, today, "300.00", 3);
            sales(south, today.minusDays(2), "120.00", 2);
            sales(other, today, "999.00", 9);
            world = new World(dealer, north, south, other);
        }
        return world;
    }

    private void sales(long store, LocalDate day, String amount, int orders) {
        pool.preparedQuery("INSERT INTO sales_hourly (store_id, business_date, hour, staff_id, currency, orders, items, sales, returns, "
                + "returned_items, refunds) VALUES ($1, $2, 11, NULL, 'CNY', $3, $3, $4, 0, 0, 0)")
                .execute(Tuple.of(store, day, orders, new BigDecimal(amount))).await().indefinitely();
    }

    @Test
    @TestSecurity(user = DEALER_MANAGER, roles = { "org-admin", "store-manager" })
    void aDealersManagerSeesTheDealersStoresInChartsAndTables() {
        world();
        String html = page("/dashboard").then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
        assertThat(html, containsString("<h1 id=\"unit-name\">Page Dealer</h1>"));
        JsonArray charts = charts(html);
        JsonObject bySales = chart(charts, "netSalesByPerson");
        assertEquals(List.of("Page North", "Page South </script><b>bold</b>"), bySales.getJsonArray("categories").getList());
        assertEquals(List.of("300.00", "120.00"), bySales.getJsonArray("series").getJsonObject(0).getJsonArray("values").getList());
        assertEquals(30, chart(charts, "salesByDay").getJsonArray("categories").size());
        assertThat(html, not(containsString("Page Elsewhere")));
        // A label can neither end the data block nor add markup.
        assertThat(html, not(containsString("</script><b>")));
        assertThat(html, containsString("Page South &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;"));

        String week = page("/dashboard?days=7&unit=" + GlobalId.encode(OrgUnit.TYPE, world.north())).then().statusCode(200).extract().asString();
        assertThat(week, containsString("<h1 id=\"unit-name\">Page North</h1>"));
        assertEquals(7, chart(charts(week), "salesByDay").getJsonArray("categories").size());
    }

    @Test
    @TestSecurity(user = DEALER_MANAGER, roles = { "org-admin", "store-manager" })
    void anotherDealersStoreIsAnsweredLikeAMissingOneAndBadParametersAreRefused() {
        world();
        String foreign = page("/dashboard?unit=" + GlobalId.encode(OrgUnit.TYPE, world.other())).then().statusCode(404).extract().asString();
        assertThat(foreign, containsString("outside what you may see"));
        assertThat(foreign, not(containsString("Page Elsewhere")));
        assertThat(page("/dashboard?days=5").then().statusCode(400).extract().asString(), containsString("The period (days) must be one of"));
        assertThat(page("/dashboard?unit=nonsense").then().statusCode(400).extract().asString(), containsString("not the ID of an org unit"));
    }

    @Test
    @TestSecurity(user = "dash-page-clerk", roles = "sales-clerk")
    void aRoleWithoutDashboardsGetsNoAccess() {
        assertThat(page("/dashboard").then().statusCode(403).extract().asString(), containsString("no role that may see the dashboards"));
    }

    @Test
    void withoutSignInThereIsNoPage() {
        page("/dashboard").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "dash-page-hq", roles = "hq-admin")
    void headquartersStartsAtTheTopOfTheTree() {
        world();
        assertThat(page("/dashboard").then().statusCode(200).extract().asString(), containsString("<span id=\"unit-type\">HEADQUARTERS</span>"));
    }

    private static Response page(String path) {
        return given().redirects().follow(false).when().get(path);
    }

    private static JsonArray charts(String html) {
        String start = "<script type=\"application/json\" id=\"dashboard-charts\">";
        int from = html.indexOf(start) + start.length();
        return new JsonArray(html.substring(from, html.indexOf("</script>", from)));
    }

    private static JsonObject chart(JsonArray charts, String key) {
        return charts.stream().map(JsonObject.class::cast).filter(chart -> key.equals(chart.getString("key"))).findFirst().orElseThrow();
    }
}
