/// The report's CSS, inlined into `report.html` so that the file stands alone (no network, no
/// other files needed): a light theme that prints well, with Chinese fonts first.
enum ReportStylesheet {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               margin: 0 auto; max-width: 1100px; padding: 24px 32px; color: #1f2328; background: #fff; line-height: 1.55; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 36px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 22px 0 6px; }
        p.overview { color: #57606a; margin: 0 0 8px; }
        p.note { color: #57606a; font-size: 14px; margin: 4px 0 8px; }
        nav a { margin-right: 14px; }
        a { color: #0a58ca; text-decoration: none; }
        a:hover { text-decoration: underline; }
        figure { margin: 16px 0 28px; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { font-size: 13px; color: #57606a; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 6px 0 12px; }
        th, td { border-bottom: 1px solid #e5e7eb; padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.src { white-space: nowrap; font-size: 12px; }
        td.sentence { color: #374151; }
        mark { background: #ffe58f; padding: 0 1px; }
        tr:target { background: #fff3c4; }
        section.doc:target h3 { background: #fff3c4; }
        ul.issues li { font-family: ui-monospace, monospace; font-size: 13px; }
        footer { margin-top: 40px; color: #8c959f; font-size: 12px; }
        @media print { nav { display: none; } a { color: inherit; } }
        """
}
