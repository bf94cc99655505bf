import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI
import UptakeTestSupport

/// Alert notifications for officials who read Vietnamese: a receiver with `language: vi` reads each
/// annotation's Vietnamese text under its plain name (`summary` is `summary_vi`), its numbers and days
/// in Vietnamese style and `{{ explanation }}` worded in Vietnamese; a receiver without `language`
/// gets exactly the plain annotations it always got.
@Suite struct VietnameseAlertTests {
    static let rulesText = """
        rules:
          - name: CommuneOfficeDown
            watch: {metric: received, level: commune}
            condition:
              anomaly: {kinds: [drop, level_shift], min_severity: minor}
              drop_percent: 60
            labels: {severity: page}
            annotations:
              summary: "{{ name }}: {{ observed }} received against {{ expected }} expected since {{ since }}; {{ incidents }} incident(s) logged"
              summary_vi: "{{ name }}: tiếp nhận {{ observed }} hồ sơ so với {{ expected }} dự kiến từ ngày {{ since }}; {{ incidents }} sự cố được ghi nhận"
              explanation: "{{ explanation }}"
              explanation_vi: "{{ explanation }}"
              kind: "{{ kind }}, {{ severity }}"
              kind_vi: "{{ kind }}, {{ severity }}"
            group_by: [province]
        receivers:
          - name: console
            stdout: true
          - name: province-office
            webhook: https://chat.example.gov.vn/hooks/province
            language: vi
        route:
          receiver: console
          group_by: [province]
          routes:
            - receiver: province-office
              continue: true
            - receiver: console
        """

    /// Lương Tài (~18 a day) receives 1 on 15 July: one morning's run, payloads as queued.
    @Test func aVietnameseReceiverReadsTheNotificationInVietnamese() async throws {
        let day = Day(iso: "2025-07-15")!
        let store = await AlertFallAgreementTests.store(level: 18, shape: 30, seed: 7) { d, y in d == day ? 1 : y }
        let rules = try AlertRuleParser(file: "alerts.yaml").parse(Self.rulesText)
        #expect(rules.receivers.map(\.language) == [nil, "vi"])
        let check = AlertCheck(store: store, state: InMemoryAlertStateStore(), explainer: RootCauseExplainer(store: store), styles: AlertLanguages.styles)
        let result = try await check.evaluate(rules, asOf: day)
        let entries = AlertPayloads.outbox(result.evaluation, rules: rules, asOf: day, previous: nil)

        let vi = try #require(entries.first { $0.receiver == "province-office" }, "\(entries.map(\.receiver))")
        let webhook = try JSONDecoder().decode(AlertPayloads.Webhook.self, from: Data(vi.payload.utf8))
        let alert = try #require(webhook.alerts.first)
        #expect(Set(alert.annotations.keys) == ["summary", "explanation", "kind"], "no suffixed name is sent: \(alert.annotations.keys.sorted())")
        let summary = try #require(alert.annotations["summary"])
        #expect(summary.hasPrefix("Lương Tài: tiếp nhận 1 hồ sơ so với ") && summary.hasSuffix(" dự kiến từ ngày 15/7/2025; 0 sự cố được ghi nhận"), "\(summary)")
        #expect(alert.annotations["kind"] == "giảm đột ngột, nghiêm trọng" || alert.annotations["kind"]?.hasPrefix("giảm đột ngột, ") == true, "\(alert.annotations)")
        let explanation = try #require(alert.annotations["explanation"])
        let cause = try #require(explanation.split(separator: ":").first.map(String.init))
        #expect(RootCause.allCases.map { $0.term.vi.prefix(1).uppercased() + $0.term.vi.dropFirst() }.contains(cause), "the cause in the Glossary's words: \(explanation)")
        #expect(VietnameseEvidenceTests.problems(explanation).isEmpty && VietnameseEvidenceTests.problems(summary).isEmpty, "\(explanation)")
        #expect(webhook.commonAnnotations.keys.allSatisfy { !$0.hasSuffix("_vi") })

        let plain = try #require(entries.first { $0.receiver == "console" })
        let notification = try JSONDecoder().decode(AlertNotification.self, from: Data(plain.payload.utf8))
        let english = try #require(notification.alerts.first?.annotations)
        #expect(Set(english.keys) == ["summary", "explanation", "kind"])
        #expect(english["summary"]?.hasPrefix("Lương Tài: 1 received against ") == true && english["summary"]?.hasSuffix(" since 2025-07-15; 0 incident(s) logged") == true,
                "\(english)")
        #expect(RootCause.allCases.contains { english["explanation"]?.hasPrefix($0.rawValue + ": ") == true }, "the plain explanation names the cause as the contract does: \(english)")
        // The stored alert keeps every language: a receiver added later reads either.
        let stored = try #require(result.evaluation.book.alerts.values.first)
        #expect(stored.annotations["summary_vi"] == summary)
        // `alerts list --lang vi` shows it; an analyst's table and CSV the plain one.
        let list = AlertListReport(book: result.evaluation.book, asOf: day, silenced: [], inhibited: [], includeInactive: false)
        #expect(list.render(.table, in: .vi).contains(summary) && !list.render(.table).contains(summary) && !list.render(.csv, in: .vi).contains(summary))
    }

    /// The shipped rules: every annotation has its Vietnamese, and the file's languages are ours.
    @Test func everyShippedAnnotationHasItsVietnamese() throws {
        let rules = try AlertRuleFile.shipped()
        for rule in rules.rules {
            let plain = rule.annotations.keys.filter { AnnotationLanguage.split($0).language == nil }
            #expect(!plain.isEmpty)
            for key in plain { #expect(rule.annotations[key + "_vi"] != nil, "\(rule.name): \(key) has no \(key)_vi") }
            for (key, template) in rule.annotations where key.hasSuffix("_vi") {
                #expect(VietnameseEvidenceTests.problems(template.source.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: "", options: .regularExpression)).isEmpty,
                        "\(rule.name).\(key): \(template.source)")
            }
        }
        #expect(AnnotationLanguage.codes == Language.allCases.map(\.rawValue))
        #expect(Set(AlertLanguages.styles.keys) == ["vi"])
    }

    @Test func aReceiverInAnUnknownLanguageIsRefused() {
        let text = Self.rulesText.replacingOccurrences(of: "language: vi", with: "language: fr")
        #expect { try AlertRuleParser(file: "alerts.yaml").parse(text) } throws: { error in
            "\(error)".contains("unknown language \"fr\"") || ((error as? AlertRuleError)?.reason.contains("unknown language \"fr\"") ?? false)
        }
    }

    /// The Vietnamese values of a province's roll-up of small communes (`communes_vi`) and of each value kind.
    @Test func valuesReadInVietnamese() throws {
        let style = try #require(AlertLanguages.styles["vi"])
        let communes = [RolledUpCommune(code: "07412", name: "Lương Tài", observed: 1, expected: 18.4), RolledUpCommune(code: "07420", name: "Trung Kênh")]
        #expect(style.text(.communes(communes, rate: false)) == "Lương Tài (07412): 1 so với 18 dự kiến; Trung Kênh (07420)")
        #expect(style.text(.communes(communes, rate: true)) == "Lương Tài (07412): 100,0 % so với 1.840,0 % dự kiến; Trung Kênh (07420)")
        #expect(style.text(.count(7681)) == "7.681" && style.text(.rate(0.451)) == "45,1 %" && style.text(.percent(32.4)) == "32")
        #expect(style.text(.day(Day(iso: "2025-07-01")!)) == "1/7/2025" && style.text(.level(.commune)) == "xã, phường, đặc khu")
        #expect(style.text(.sector(nil)) == "tất cả lĩnh vực" && style.text(.kind(.levelShift)) == "thay đổi mức" && style.text(.score(5.04)) == "5,0")
        #expect(PlainAlertValues().text(.communes(communes, rate: false)) == "Lương Tài (07412): 1 against 18 expected; Trung Kênh (07420)", "plain unchanged")
    }
}
