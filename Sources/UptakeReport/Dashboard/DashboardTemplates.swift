/// The dashboard's Mustache templates (swift-mustache), as ``ReportPage`` holds the report's: text
/// escaped by `{{…}}`, only SVG, tables and the rendered form in raw `{{{…}}}`. No script, nothing
/// fetched from elsewhere.
public enum DashboardTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="{{lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Uptake</title>
        <style>{{{css}}}</style></head><body>
        {{{body}}}</body></html>

        """

    /// The links at the top of a page and the language switch: the same page in each language.
    static let navigation = """
        {{#nav}}<nav><p>{{#back}}<a href="{{.}}">{{backText}}</a> · {{/back}}<a href="{{alerts}}">{{alertsText}}</a></p>\
        <p class="languages" aria-label="{{switchLabel}}">{{#languages}}{{#current}}<strong lang="{{tag}}">{{name}}</strong>{{/current}}\
        {{^current}}<a href="{{link}}" lang="{{tag}}" hreflang="{{tag}}">{{name}}</a>{{/current}} {{/languages}}</p></nav>{{/nav}}

        """

    static let form = """
        <form method="get" action="{{action}}"><input type="hidden" name="lang" value="{{lang}}">\
        {{#selects}}<label>{{label}} <select name="{{name}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/options}}</select></label> {{/selects}}\
        {{#parent}}<label>{{label}} <input name="{{name}}" value="{{value}}" placeholder="{{placeholder}}"></label> {{/parent}}\
        {{#period}}<label>{{label}} <input name="{{name}}" value="{{value}}" placeholder="{{placeholder}}" size="8"></label> {{/period}}<button>{{button}}</button></form>

        """

    static let overview = navigation + """
        {{{form}}}<h1>{{title}}</h1>
        {{#map}}<figure class="map" aria-label="{{mapTitle}}">{{{.}}}</figure>
        {{/map}}\
        {{#chart}}<figure>{{{.}}}</figure>
        {{/chart}}\
        {{#lagging}}<p class="note">{{.}}</p>
        {{/lagging}}\
        {{#header}}<table class="rates"><thead><tr><th class="num">{{rank}}</th><th>{{locality}}</th><th class="num">{{value}}</th><th class="num interval">{{interval}}</th>\
        <th class="num">{{previous}}</th><th class="num">{{change}}</th><th class="colour">{{colour}}</th><th class="num volume">{{applications}}</th></tr></thead><tbody>{{/header}}
        {{#rows}}<tr{{#lagging}} class="lagging"{{/lagging}}><td class="num">{{rank}}</td><td><a href="{{link}}">{{name}}</a>{{#lagging}} <span class="flag">{{header.lagging}}</span>{{/lagging}}</td>\
        <td class="num">{{value}}</td><td class="num interval">{{interval}}</td><td class="num">{{previous}}</td>\
        <td class="num{{#fell}} fell{{/fell}}">{{change}}{{#verdict}}<br><small>{{.}}</small>{{/verdict}}</td>\
        <td class="colour">{{#colour}}<span class="swatch {{css}}" title="{{text}}"></span><span class="colour-name">{{text}}</span>{{/colour}}</td><td class="num volume">{{applications}}</td></tr>
        {{/rows}}</tbody></table>
        {{#missing}}<p class="note">{{.}}</p>
        {{/missing}}<p class="note">{{note}}</p>

        """

    static let locality = navigation + """
        {{{form}}}<h1>{{title}}</h1>
        <figure>{{{chart}}}</figure>
        <dl class="figures">{{#figures}}<div><dt>{{label}}</dt><dd>{{value}}{{#detail}}<br><small>{{.}}</small>{{/detail}}</dd></div>{{/figures}}</dl>
        <h2 id="anomalies">{{anomaliesTitle}}</h2>
        {{#anomalies}}{{#note}}<p class="note">{{.}}</p>
        {{/note}}{{{html}}}{{/anomalies}}
        <h2 id="explanation">{{explanationTitle}}</h2>
        {{#explanation}}{{#note}}<p class="note">{{.}}</p>
        {{/note}}{{{html}}}{{/explanation}}

        """

    /// What explains a locality's period: the summary, then the causes best first with their evidence.
    static let explanation = """
        <p>{{summary}}</p>
        <ol class="causes">{{#causes}}<li><strong>{{name}}</strong> ({{scoreLabel}} {{score}}){{#facts}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/facts}}</li>
        {{/causes}}</ol>

        """

    static let alerts = navigation + """
        <h1>{{title}}</h1>
        <p>{{evaluated}} <a href="{{toggleLink}}">{{toggle}}</a></p>
        {{#empty}}<p>{{.}}</p>
        {{/empty}}{{{table}}}
        """

    /// The pages' only style, inline; the server puts its hash in the Content-Security-Policy, so any
    /// change here is allowed there too.
    public static let stylesheet = """

        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0 auto;padding:1em;max-width:980px;color:#222}
        nav{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5em}nav p{margin:.2em 0}.languages a,.languages strong{margin-left:.4em}
        figure{margin:1em 0;overflow-x:auto}figure svg{width:100%;height:auto;min-width:34em}figure.map svg{max-width:40em}
        form{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;background:#f4f4f4;padding:.6em;border-radius:4px}
        label{display:flex;flex-direction:column;font-size:.85em}input,select,button{font:inherit;padding:.2em;max-width:100%}select{max-width:16em}
        table{border-collapse:collapse;width:100%;font-size:.9em}th,td{padding:.25em .5em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}table.rates td.num{white-space:nowrap}small{color:#555}
        tr.lagging{background:#fdecea}tr.lagging td:first-child{box-shadow:inset 4px 0 #c0392b}.flag{font-size:.8em;color:#c0392b;white-space:nowrap}
        td.fell{color:#c0392b}.swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.3em;vertical-align:-.1em;border:1px solid #888}
        .swatch.green{background:#2e8b57}.swatch.yellow{background:#f1c40f}.swatch.red{background:#c0392b}
        dl.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12em,1fr));gap:.5em 1em}dl.figures dt{font-size:.85em;color:#555}dl.figures dd{margin:0;font-size:1.2em}
        .note{color:#444;font-size:.9em}
        @media (max-width:600px){table.rates td.num small{white-space:normal}table.rates .interval,table.rates .volume,table.rates .colour-name{display:none}table.rates{font-size:.8em}table.rates th,table.rates td{padding:.25em .3em}h1{font-size:1.2em}table:not(.rates){display:block;overflow-x:auto}}

        """
}
