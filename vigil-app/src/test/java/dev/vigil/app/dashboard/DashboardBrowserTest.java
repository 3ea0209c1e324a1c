package dev.vigil.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.TrainedModel;
import dev.vigil.app.serve.MonitoringServer;
import dev.vigil.app.serve.ServeSettings;
import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * The dashboard in a real browser, on a server fed over its API: the overview tells the four
 * statuses apart, the model page draws its charts with data, and no page logs a console error.
 * Screenshots go to target/dashboard-*.png (docs/img/ holds copies).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

  private static final Path SHOTS = Path.of("target");

  private MonitoringServer server;
  private Browser browser;
  private String base;

  @BeforeAll
  void feedAServerAndOpenABrowser(@TempDir Path dir) {
    browser = Browser.open();
    TrainedModel.trainAndPromote(dir, "churn-served");
    ServeSettings settings =
        new SettingsResolver(
                Map.of(
                    Setting.PORT,
                    "0",
                    Setting.DATA_DIR,
                    dir.toString(),
                    Setting.ALERT_INTERVAL,
                    "1s"),
                Map.of(),
                Map.of())
            .resolve();
    server = MonitoringServer.start(settings);
    base = "http://127.0.0.1:" + server.port();
    DashboardFeed feed = new DashboardFeed(base, Instant.now());
    feed.monitoredModel("churn", true, true);
    feed.alertFiredAndResolved("churn");
    feed.monitoredModel("churn-eu", false, false);
    feed.monitoredModel("churn-mobile", true, false);
    feed.idleModel("churn-new");
    feed.minuteModel("churn-minute");
    feed.registryVersions("churn");
    feed.servedPredictions("churn-served", 30);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void overviewShowsEachModelsStatusAndVolume() {
    browser.load(base + "/");
    assertNull(browser.script("return window.vigil.error"));
    assertEquals("degraded", status("churn"));
    assertEquals("healthy", status("churn-eu"));
    assertEquals("drifting", status("churn-mobile"));
    assertEquals("no-data", status("churn-new"));
    // 20 predictions an hour; the last 24 h cover the base windows starting in them, so the hour
    // that began before now - 24 h is left out: between 23 and 24 hours of predictions.
    int volume =
        Integer.parseInt(
            (String)
                browser.script(
                    "return document.querySelector('[data-model=\"churn-eu\"] .volume')"
                        + ".textContent"));
    assertTrue(
        volume >= 23 * DashboardFeed.PER_HOUR && volume <= 24 * DashboardFeed.PER_HOUR,
        "volume " + volume);
    browser.screenshot(SHOTS.resolve("dashboard-overview.png"), 440);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void modelPageDrawsEveryChartWithData() {
    browser.load(base + "/#/model/churn?range=7d");
    assertNull(browser.script("return window.vigil.error"));
    assertTrue(points("chart-volume", 0) >= 160, "hourly volume over 7 days");
    assertTrue(points("chart-volume", 1) >= 160, "predicted churn rate");
    assertTrue(points("chart-scores", 2) >= 160, "median score");
    assertTrue(points("chart-performance", 2) >= 160, "accuracy per hour");
    assertTrue(points("chart-performance", 1) >= 160, "its confidence band");
    // The feed's reference has scores and targets: CBPE estimates every hour, dashed, with a band.
    assertTrue(points("chart-performance", 5) >= 160, "estimated accuracy per hour");
    assertTrue(points("chart-performance", 4) >= 160, "its ±3 SE band");
    assertEquals(
        "dashed",
        browser.script(
            "return echarts.getInstanceByDom(document.getElementById('chart-performance'))"
                + ".getOption().series[5].lineStyle.type"));
    assertTrue(
        ((String) browser.script("return document.getElementById('estimate-note').textContent"))
            .startsWith("Dashed: estimated without labels"));
    assertEquals(
        0.85,
        ((Number)
                browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('chart-performance'))"
                        + ".getOption().series[2].markLine.data[0].yAxis"))
            .doubleValue());
    // 7 days in hours: 168 or 169 buckets with predictions × 4 features, drift marked, all from
    // one /drift request of the page's granularity.
    assertTrue(points("chart-drift", 0) >= 168 * 4, "heatmap cells");
    @SuppressWarnings("unchecked")
    List<String> driftRequests =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/models/churn/drift'))");
    assertEquals(1, driftRequests.size(), driftRequests.toString());
    assertTrue(driftRequests.get(0).contains("granularity=hour"), driftRequests.get(0));
    assertTrue(
        ((Number)
                    browser.script(
                        "return echarts.getInstanceByDom(document.getElementById('chart-drift')).getOption()"
                            + ".series[0].data.filter(c => c.result.drifted).length"))
                .intValue()
            > 0);
    String tooltip =
        (String)
            browser.script(
                "const el = document.getElementById('chart-drift');"
                    + "const chart = echarts.getInstanceByDom(el);"
                    + "const cells = chart.getOption().series[0].data;"
                    + "const i = cells.findIndex(c => c.result.feature === 'Age');"
                    + "chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: i});"
                    + "return el.innerText;");
    assertTrue(tooltip.contains("Age") && tooltip.contains("threshold"), tooltip);
    assertTrue(tooltip.matches("(?s).*(ks|wasserstein|chisquare|z|psi|jensenshannon).*"), tooltip);
    assertAlertsTimeline();
    // churn is monitored, not served: the serving panel says no request was served.
    assertFalse((Boolean) browser.script("return document.getElementById('latency-note').hidden"));
    assertEquals(
        4L, browser.script("return document.querySelectorAll('#quality tbody tr').length"));
    assertEquals(
        2L, browser.script("return document.querySelectorAll('#versions tbody tr').length"));
    assertTrue(
        (Long) browser.script("return document.querySelectorAll('#audit tbody tr').length") >= 3);
    assertTrue((Long) browser.script("return document.querySelectorAll('canvas').length") >= 4);
    browser.screenshot(SHOTS.resolve("dashboard-model.png"), 2500);
    assertEquals(List.of(), browser.consoleErrors());
  }

  /** The demo's case: a model with minute windows shows minute buckets on ranges up to 6 h. */
  @Test
  void aMinuteModelGetsMinuteBucketsOnAShortRange() {
    browser.load(base + "/#/model/churn-minute?range=1h");
    assertNull(browser.script("return window.vigil.error"));
    // A prediction every 20 s over the last 50 minutes: 50 or 51 minute buckets with predictions.
    assertTrue(points("chart-volume", 0) >= 50, "minute volume over the last hour");
    assertTrue(points("chart-performance", 2) >= 50, "accuracy per minute");
    @SuppressWarnings("unchecked")
    List<String> driftRequests =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/models/churn-minute/drift'))");
    assertEquals(1, driftRequests.size(), driftRequests.toString());
    assertTrue(driftRequests.get(0).contains("granularity=minute"), driftRequests.get(0));
    assertTrue(points("chart-drift", 0) >= 50 * 4, "heatmap cells: minutes x 4 features");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void clickingAHeatmapCellShowsThatFeaturesDistributionAgainstTheReference() {
    browser.driver.manage().window().setSize(new Dimension(1440, 2400));
    browser.load(base + "/#/model/churn?range=7d");
    assertNull(browser.script("return window.vigil.error"));
    // A drifted Age cell, before the last (partial) bucket when there is one.
    @SuppressWarnings("unchecked")
    List<Number> cell =
        (List<Number>)
            browser.script(
                "const chart = echarts.getInstanceByDom(document.getElementById('chart-drift'));"
                    + "const cells = chart.getOption().series[0].data;"
                    + "const age = cells.filter(c => c.result.feature === 'Age' && c.result.drifted)"
                    + ".slice(-2)[0];"
                    + "return chart.convertToPixel({seriesIndex: 0}, age.value.slice(0, 2));");
    long loads = ((Number) browser.script("return window.vigil.loads")).longValue();
    browser.click("chart-drift", cell.get(0).doubleValue(), cell.get(1).doubleValue());
    browser.awaitLoads((int) loads + 1);
    assertNull(browser.script("return window.vigil.error"));
    String hash = (String) browser.script("return location.hash");
    assertTrue(hash.contains("feature=Age") && hash.contains("at="), hash);
    assertEquals(
        "Age", browser.script("return document.getElementById('distribution-feature').value"));
    // Age is numeric: ten reference-decile bins, each side's bars summing to 100 %.
    assertEquals(10, points("chart-distribution", 0), "reference bars");
    assertEquals(10, points("chart-distribution", 1), "current bars");
    double current =
        ((Number)
                browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('chart-distribution'))"
                        + ".getOption().series[1].data.reduce((s, v) => s + v, 0)"))
            .doubleValue();
    assertEquals(100, current, 0.5);
    browser.screenshot(SHOTS.resolve("dashboard-distribution.png"), 2400);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aServedModelShowsItsTrafficAndItsTrainedVersion() {
    browser.load(base + "/#/model/churn-served");
    assertNull(browser.script("return window.vigil.error"));
    // The 30 requests served a moment ago: latency p50/p99 and the error rate of their minutes.
    assertTrue((Boolean) browser.script("return document.getElementById('latency-note').hidden"));
    assertFalse((Boolean) browser.script("return document.getElementById('chart-latency').hidden"));
    assertTrue(points("chart-latency", 0) >= 1, "p50 per minute");
    assertTrue(points("chart-latency", 1) >= 1, "p99 per minute");
    assertEquals(
        0.0,
        ((Number)
                browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('chart-latency'))"
                        + ".getOption().series[2].data.reduce((s, p) => s + p[1], 0)"))
            .doubleValue(),
        "no request was refused");
    String summary =
        (String) browser.script("return document.getElementById('serving-summary').textContent");
    assertTrue(summary.contains("30 requests") && summary.contains("0.0 % errors"), summary);
    assertTrue(points("chart-volume", 0) >= 1, "the served predictions' volume");
    String versions =
        (String) browser.script("return document.querySelector('#versions tbody').innerText");
    assertTrue(versions.contains("v1") && versions.contains("Production"), versions);
    assertTrue(versions.contains("roc_auc"), "the version's training metrics: " + versions);
    browser.screenshot(SHOTS.resolve("dashboard-served.png"), 1960);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aSegmentDeepLinkNarrowsThePage() {
    browser.load(base + "/#/model/churn?segment=Geography%3DFrance");
    assertNull(browser.script("return window.vigil.error"));
    assertEquals(
        "Geography", browser.script("return document.getElementById('segment-column').value"));
    assertEquals("France", browser.script("return document.getElementById('segment-value').value"));
    // The values offered are the reference's categories of the column.
    @SuppressWarnings("unchecked")
    List<String> values =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#segment-value option:not([disabled])')]"
                    + ".map(o => o.value)");
    assertEquals(Set.of("France", "Spain", "Germany"), Set.copyOf(values));
    long volume =
        ((Number)
                browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('chart-volume')).getOption()"
                        + ".series[0].data.reduce((s, p) => s + p[1], 0)"))
            .longValue();
    // In the last 24 h churn's customers shifted to Spain and Germany: France has none.
    assertEquals(0L, volume);
    long loads = ((Number) browser.script("return window.vigil.loads")).longValue();
    browser.script(
        "const s = document.getElementById('segment-value'); s.value = 'Spain';"
            + "s.dispatchEvent(new Event('change'));");
    browser.awaitLoads((int) loads + 1);
    String hash = (String) browser.script("return location.hash");
    assertTrue(hash.contains("segment=Geography%3DSpain"), hash);
    assertTrue(
        ((Number)
                    browser.script(
                        "return echarts.getInstanceByDom(document.getElementById('chart-volume'))"
                            + ".getOption().series[0].data.reduce((s, p) => s + p[1], 0)"))
                .longValue()
            > 0,
        "Spain's customers in the last 24 h");
    assertEquals(List.of(), browser.consoleErrors());
  }

  /** One row per rule, drift-now's firing interval and its resolved mark, a tooltip of each. */
  private void assertAlertsTimeline() {
    @SuppressWarnings("unchecked")
    List<String> rows =
        (List<String>)
            browser.script(
                "return echarts.getInstanceByDom(document.getElementById('chart-alerts'))"
                    + ".getOption().yAxis[0].data");
    assertTrue(rows.contains("Drift share now"), rows.toString());
    assertTrue(rows.size() >= 5, "the 4 default rules and drift-now: " + rows);
    assertTrue(points("chart-alerts", 1) >= 1, "a firing interval");
    assertTrue(points("chart-alerts", 2) >= 1, "a resolved mark");
    String tooltip =
        (String)
            browser.script(
                "const el = document.getElementById('chart-alerts');"
                    + "const chart = echarts.getInstanceByDom(el);"
                    + "chart.dispatchAction({type: 'showTip', seriesIndex: 1, dataIndex: 0});"
                    + "return el.innerText;");
    assertTrue(
        tooltip.contains("Drift share now") && tooltip.contains("critical"), "tooltip " + tooltip);
    assertTrue(
        tooltip.contains("firing") && tooltip.contains("→") && tooltip.contains("value"),
        "tooltip " + tooltip);
  }

  private String status(String model) {
    return (String)
        browser.script(
            "return document.querySelector('[data-model=\"' + arguments[0] + '\"]').dataset.status",
            model);
  }

  private int points(String chart, int series) {
    return ((Number)
            browser.script(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + ".getOption().series[arguments[1]].data.length",
                chart,
                series))
        .intValue();
  }
}
