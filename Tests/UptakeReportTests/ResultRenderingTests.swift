import Testing
import UptakeReport

/// The rendering protocol: one description (JSON body, heading, tables), every format derived.
@Suite struct ResultRenderingTests {
    struct Sample: ResultRendering {
        struct Body: Encodable { var code: String; var rate: Double }
        var jsonBody: [Body] { [Body(code: "01", rate: 0.3273)] }
        var heading: String { "online-submission · 2025-07\n\n" }
        var tables: [Table] {
            [Table(columns: ["code", "name", "rate"], rows: [[.text("01"), .text("Hà Nội"), .percent(0.3273, digits: 2)]], notes: ["a note"]),
             Table(columns: ["x"], rows: [[.integer(1234)]])]
        }
    }

    @Test func everyFormatFromOneDescription() {
        let s = Sample()
        #expect(s.render(.table) == "online-submission · 2025-07\n\ncode  name      rate\n────  ──────  ──────\n01    Hà Nội  32.73%\na note\n\n    x\n─────\n1,234\n")
        #expect(s.render(.csv) == "code,name,rate\n01,Hà Nội,0.3273\n", "CSV: the first table only, one header row")
        #expect(s.render(.markdown).hasPrefix("online-submission · 2025-07\n\n\n| code | name | rate |\n| --- | --- | ---: |\n| 01 | Hà Nội | 32.73% |\n\n- a note\n"))
        #expect(s.render(.json) == "[\n  {\n    \"code\" : \"01\",\n    \"rate\" : 0.3273\n  }\n]\n")
    }

    @Test func htmlEscapesAndAlignsNumbers() {
        let t = Table(columns: ["name", "n"], rows: [[.text("<Huế & Hà Nội>"), .integer(5687)]], notes: ["x < y"])
        #expect(t.renderHTML() == """
            <table>
            <thead><tr><th>name</th><th class="num">n</th></tr></thead>
            <tbody>
            <tr><td>&lt;Huế &amp; Hà Nội&gt;</td><td class="num">5,687</td></tr>
            </tbody>
            </table>
            <p class="note">x &lt; y</p>
            """)
        #expect(Sample().renderHTML().hasPrefix("<p>online-submission · 2025-07</p>\n<table>"))
        #expect(t.keeping(["n", "missing"]).columns == ["n"])
    }
}
