package dev.vigil.app.report;

/** The report's stylesheet, inlined in the page: system fonts only, nothing fetched. */
final class ReportStyle {

  private ReportStyle() {}

  static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;\
      margin:0 auto;max-width:1100px;padding:16px 24px}
      h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;\
      border-bottom:1px solid #ddd;padding-bottom:4px}
      .sources{color:#555;margin:0;padding-left:18px}
      .verdict{border-radius:6px;padding:10px 14px;margin:12px 0}
      .verdict .status{font-weight:700;font-size:18px;text-transform:uppercase}
      .healthy{background:#e8f5e9;border-left:6px solid #2e7d32}
      .drifting{background:#fff8e1;border-left:6px solid #f9a825}
      .degraded{background:#ffebee;border-left:6px solid #c62828}
      table{border-collapse:collapse;margin:6px 0}
      th,td{border-bottom:1px solid #e4e4e4;padding:4px 8px;text-align:left;vertical-align:middle}
      th{background:#f6f6f6}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .periods td,.estimated td{white-space:nowrap}
      tr.drifted td.flag,td.bad{color:#c62828;font-weight:600}
      .muted{color:#777}.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
      svg text{font-size:10px;fill:#555}svg .grid{stroke:#eee}
      rect.ref,.legend .ref{fill:#4c78a8;background:#4c78a8;fill-opacity:.55}
      rect.cur,.legend .cur{fill:#f58518;background:#f58518;fill-opacity:.55}
      .series{fill:none;stroke-width:2}.series.realized{stroke:#4c78a8}
      .series.estimated{stroke:#9467bd;stroke-dasharray:6 3}
      .band.realized{fill:#4c78a8;opacity:.15}.band.estimated{fill:#9467bd;opacity:.12}
      .point.realized{fill:#4c78a8}.point.estimated{fill:#9467bd}
      .point.flagged{fill:#c62828;stroke:#fff}
      .rule{stroke-width:1.5}.rule.threshold{stroke:#c62828;stroke-dasharray:5 4}
      .rule.limit{stroke:#777;stroke-dasharray:2 3}
      .rule-label.threshold{fill:#c62828}.rule-label.limit{fill:#777}
      .legend .realized{background:#4c78a8}.legend .estimated{background:#9467bd}
      .legend .threshold{background:#c62828}
      footer{color:#777;margin:32px 0 8px;font-size:12px}
      """;
}
