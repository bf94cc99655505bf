/// The report's page: a Mustache template (swift-mustache) and its print-ready CSS. Text is escaped
/// by the template (`{{…}}`); only the SVG and the tables, built and escaped by UptakeCharts and
/// ``Table/renderHTML()``, go in raw (`{{{…}}}`). No script, no external resource.
enum ReportPage {
    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>
        {{{css}}}
        </style>
        </head>
        <body>
        <header>
        <h1>{{title}}</h1>
        <p class="subtitle">{{subtitle}}</p>
        <nav aria-label="{{contents}}"><ol>{{#sections}}<li><a href="#{{id}}">{{title}}</a></li>{{/sections}}</ol></nav>
        </header>
        <main>
        {{#sections}}
        <section id="{{id}}">
        <h2>{{title}}</h2>
        {{#gap}}<p class="gap">{{.}}</p>{{/gap}}
        {{#paragraphs}}<p>{{.}}</p>
        {{/paragraphs}}
        {{#charts}}<figure class="chart">{{{.}}}</figure>
        {{/charts}}
        {{{tables}}}
        {{#hasActions}}<h3>{{actionsTitle}}</h3>
        <ol class="actions">{{#actions}}<li>{{text}} <a href="#{{part}}">{{seeAlso}} {{partTitle}}</a></li>
        {{/actions}}</ol>{{/hasActions}}
        </section>
        {{/sections}}
        </main>
        <footer><p>{{footer}}</p></footer>
        </body>
        </html>

        """

    static let css = """
        @page { size: A4; margin: 15mm 12mm 15mm 12mm; }
        html { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a; }
        body { max-width: 190mm; margin: 0 auto; padding: 8px; line-height: 1.4; }
        h1 { font-size: 18pt; margin: 0 0 4px 0; }
        h2 { font-size: 13pt; margin: 18px 0 6px 0; border-bottom: 1px solid #999; padding-bottom: 2px; }
        .subtitle { color: #444; margin: 0 0 8px 0; }
        nav ol { columns: 2; font-size: 9.5pt; margin: 4px 0 12px 0; }
        section { break-inside: auto; }
        h2 { break-after: avoid; }
        figure.chart { margin: 8px 0; break-inside: avoid; }
        figure.chart svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; margin: 6px 0; font-size: 9pt; width: 100%; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border-bottom: 1px solid #ddd; padding: 2px 5px; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; font-size: 8.5pt; font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td:nth-child(-n+2) { white-space: nowrap; }
        .note { color: #555; font-size: 8.5pt; margin: 2px 0; }
        .gap { font-style: italic; color: #555; }
        h3 { font-size: 11.5pt; margin: 12px 0 4px 0; }
        ol.actions { padding-left: 1.4em; } ol.actions li { margin: 4px 0; } ol.actions a { white-space: nowrap; }
        #brief table { width: auto; } #brief td, #brief th { font-size: 10pt; }
        footer { color: #666; font-size: 8.5pt; margin-top: 16px; border-top: 1px solid #ccc; }
        @media print { a { color: inherit; text-decoration: none; } nav { display: none; } }
        """
}
