/// The dashboard's Mustache templates (swift-mustache), as ``ReportPage`` holds the report's: text
/// escaped by `{{…}}`, only SVG, tables and the rendered form in raw `{{{…}}}`. No script, nothing
/// fetched from elsewhere.
public enum DashboardTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Uptake</title>
        <style>{{{css}}}</style></head><body>
        {{{body}}}</body></html>

        """

    static let form = """
        <form method="get" action="{{action}}">{{#metric}}<label>{{name}} <select name="{{name}}">{{#options}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</select></label> {{/metric}}\
        {{#level}}<label>{{name}} <select name="{{name}}">{{#options}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</select></label> {{/level}}\
        {{#parent}}<label>{{name}} <input name="{{name}}" value="{{value}}" placeholder="{{placeholder}}"></label> {{/parent}}\
        {{#period}}<label>{{name}} <input name="{{name}}" value="{{value}}" placeholder="{{placeholder}}"></label> {{/period}}\
        {{#sector}}<label>{{name}} <input name="{{name}}" value="{{value}}" placeholder="{{placeholder}}"></label> {{/sector}}<button>Show</button></form>

        """

    static let overview = """
        <p><a href="/alerts">Alerts</a></p>
        {{{form}}}<h1>{{title}}</h1>
        {{#chart}}<figure>{{{.}}}</figure>
        {{/chart}}\
        <table class="rates"><thead><tr><th>Code</th><th>Locality</th><th>Value</th><th>Interval</th><th>Numerator</th><th>Denominator</th></tr></thead><tbody>
        {{#rows}}<tr><td>{{code}}</td><td><a href="{{link}}">{{name}}</a></td><td>{{value}}</td><td>{{interval}}</td><td>{{numerator}}</td><td>{{denominator}}</td></tr>
        {{/rows}}</tbody></table>

        """

    static let locality = """
        <p><a href="{{back}}">All provinces</a> · <a href="/alerts">Alerts</a></p>
        {{{form}}}<h1>{{title}}</h1>
        <figure>{{{chart}}}</figure>
        <dl><dt>Over the period</dt><dd>{{overall}}</dd>{{#direction}}<dt>Trend</dt><dd>{{.}}</dd>{{/direction}}<dt>Working days</dt><dd>{{workingDays}}</dd></dl>
        {{#notes}}<p class="note">{{.}}</p>
        {{/notes}}\
        <h2 id="anomalies">Anomalies</h2>
        {{#anomalies}}{{#note}}<p class="note">{{.}}</p>
        {{/note}}{{{html}}}{{/anomalies}}
        <h2 id="explanation">Explanation</h2>
        {{#explanation}}{{#note}}<p class="note">{{.}}</p>
        {{/note}}{{{html}}}{{/explanation}}

        """

    static let alerts = """
        <p><a href="/">All provinces</a></p>
        <h1>Alerts</h1>
        <p>{{#evaluated}}Last evaluated {{.}} (uptake alerts check).{{/evaluated}}{{^evaluated}}Never evaluated: run uptake alerts check.{{/evaluated}}\
         {{#all}}<a href="/alerts">Hide the inactive</a>{{/all}}{{^all}}<a href="/alerts?all=true">Show the inactive too</a>{{/all}}</p>
        {{#empty}}<p>No alert.</p>
        {{/empty}}{{{table}}}
        """

    /// The pages' only style, inline; the server puts its hash in the Content-Security-Policy, so any
    /// change here is allowed there too.
    public static let stylesheet = """

        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0 auto;padding:1em;max-width:980px;color:#222}
        figure{margin:1em 0}figure svg{max-width:100%;height:auto}
        form{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;background:#f4f4f4;padding:.6em;border-radius:4px}
        label{display:flex;flex-direction:column;font-size:.85em}input,select,button{font:inherit;padding:.2em}
        table{border-collapse:collapse;width:100%;font-size:.9em}th,td{padding:.25em .5em;border-bottom:1px solid #ddd;text-align:left}
        table.rates td:nth-child(n+3),td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        @media (max-width:600px){table.rates td:nth-child(4),table.rates th:nth-child(4),table.rates td:nth-child(5),table.rates th:nth-child(5){display:none}h1{font-size:1.2em}table:not(.rates){display:block;overflow-x:auto}}

        """
}
