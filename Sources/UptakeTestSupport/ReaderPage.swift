import Foundation
import UptakeCore

/// What an official reads on a page, checked as Chromium laid it out: the page's HTML gets a small
/// script that writes the body's text and the document's overflow into the DOM, Chromium runs it at a
/// window width and dumps the DOM, and the checks read those back.
///
/// The served dashboard forbids scripts (its Content-Security-Policy), so the tests load the same
/// self-contained HTML from a file with the probe added: the layout is the page's own.
public struct ReaderPage: Sendable {
    /// The body's text as laid out (`innerText`) and the charts' texts, titles and descriptions.
    public let text: String
    /// How many pixels the document is wider than the window (0: no sideways scrolling).
    public let overflow: Int

    /// `html` with the probe added before `</body>`.
    public static func probed(_ html: String) -> String {
        // innerText: the text as laid out (cells and blocks apart, hidden columns left out); the
        // charts' texts, titles and descriptions added, which innerText may not hold.
        let probe = """
            <script>(function(){var s=document.currentScript;s.remove();var d=document.documentElement;\
            var svg=Array.prototype.map.call(document.querySelectorAll('svg text, svg title, svg desc'),function(e){return e.textContent;}).join('\\n');\
            var t=document.body.innerText+'\\n'+svg;var o=d.scrollWidth-d.clientWidth;\
            var p=document.createElement('pre');p.id='uptake-probe';p.setAttribute('data-overflow',String(o));p.textContent=t;\
            document.body.appendChild(p);})();</script>
            """
        return html.replacingOccurrences(of: "</body>", with: probe + "</body>")
    }

    /// Reads the probe's results from a dumped DOM; `nil` when the probe did not run.
    public init?(dom: String) {
        guard let start = dom.range(of: "<pre id=\"uptake-probe\" data-overflow=\""),
              let quote = dom[start.upperBound...].firstIndex(of: "\""),
              let overflow = Int(dom[start.upperBound..<quote]),
              let open = dom[quote...].firstIndex(of: ">"),
              let close = dom.range(of: "</pre>", range: open..<dom.endIndex) else { return nil }
        self.overflow = overflow
        text = String(dom[dom.index(after: open)..<close.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Loads `html` in Chromium at `width` pixels and reads the probe.
    public static func read(_ html: String, width: Int, height: Int = 900, in dir: TemporaryDirectory, name: String) async throws -> ReaderPage? {
        let file = dir.write(name + ".probe.html", probed(html))
        let dom = try await Chromium.dumpDOM("file://\(file)", width: width, height: height, profile: dir.file("profile-dom-" + name))
        return ReaderPage(dom: dom)
    }

    /// The page's words: runs of letters, digits, `_` and `-`.
    public var words: [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init)
    }

    /// Raw identifiers a reader should never see: any word with `_` (the data contract's spelling), and
    /// the identifiers of the contract's closed sets (indicators, sectors, readiness criteria, colours,
    /// systems, incident kinds, days off, levels) standing alone as words.
    public var identifiers: [String] {
        var ids = Set(Metric.allCases.map(\.rawValue) + Sector.standard.map(\.name) + ReadinessCriterion.allCases.map(\.rawValue)
                      + StatusColour.allCases.map(\.rawValue) + IncidentSystem.allCases.map(\.rawValue) + IncidentKind.allCases.map(\.rawValue)
                      + HolidayKind.allCases.map(\.rawValue) + LocalityLevel.allCases.map(\.rawValue))
        // Anomaly kinds and causes (UptakeAnalysis's) that carry no `_`: the rest are caught by it.
        ids.formUnion(["drop", "spike", "changepoint", "unexplained", "holiday", "network"])
        return words.filter { $0.contains("_") || ids.contains($0.lowercased()) }
    }

    /// The words of `stopList` (English labels, matched whole and case-sensitive) found on the page.
    public func found(_ stopList: [String]) -> [String] {
        let words = Set(self.words)
        return stopList.filter { phrase in
            phrase.contains(" ") ? text.contains(phrase) : words.contains(phrase)
        }
    }

    /// A percentage with a decimal comma and a spaced sign (`32,73 %`, `-79,2 %`), and a whole number with dots
    /// between its thousands (`1.234`): Vietnamese number style.
    public var hasVietnameseNumbers: Bool {
        text.contains(/\d+,\d+ %/) && text.contains(/(^|[^\d.,])\d{1,3}(\.\d{3})+($|[^\d,])/)
    }
}
