import UptakeCore

// Generated from datasets/alerts.yaml (the test `theShippedRulesAreTheDatasetsFile` keeps them equal):
// the rules a server evaluates when it was given none, and what `uptake alerts init` writes. Embedded
// as text because the analysis reads no file; edit datasets/alerts.yaml and copy it here.

extension AlertRuleFile {
    /// The text of the shipped rule file, datasets/alerts.yaml.
    public static let shippedText = #"""
# Alert rules for the bundled dataset (`uptake generate`): a province's receipts falling, a lasting
# fall of a tenth (staff leaving communes), a commune's one-stop office going dark, and the online
# one-stop system failing (online submissions collapsing while paper submissions go on), at commune
# and at province level.
# Check and explain them:   uptake alerts test --rules datasets/alerts.yaml
# Every morning:            uptake alerts check --rules datasets/alerts.yaml --as-of yesterday
#
# Conditions read the anomalies of `uptake anomalies` (negative-binomial baselines per weekday
# with the working-day calendar); weekends, holidays and days without data are never judged.
#
# Small communes (roll_up): a commune expecting fewer than 5 a working day is not alerted on its own.
# At 5 a day a day with none comes by chance about once in 150 working days (Poisson: e^-5), so a
# province of a hundred such communes would page every other day for nothing. Its bad days count
# toward one alert of its province, which fires when at least two of the province's small communes
# are down on the same day, and lists them. From 5 a day a commune speaks for itself, but only
# through a run of low days: `uptake anomalies` judges 2 to 5 consecutive low working days by their
# sum (at least 10 expected in all), with the evidence corrected for the four run lengths tried, so
# 1, 1, 0, 0 against about 9 a day is a major drop (p ~ 1e-7) while no single day at 5-10 can be one.

# Grouping (route): every alert of a province goes into one notification a day, listing all that
# fire there (and those just resolved); group_interval 1d holds a second one for the next day.
#
# Languages: an annotation named `<name>_vi` is the Vietnamese of `<name>` (`summary_vi` of
# `summary`): its numbers and days are written as Vietnamese writes them (7.681, 45,1 %, 1/7/2025)
# and its {{ explanation }} is worded in Vietnamese. A receiver with `language: vi` gets each
# annotation's Vietnamese text under the plain name (`summary`), so its templates read `summary`
# whatever the language; a receiver without `language` gets the plain annotations, as before.
evaluation:
  revision_window: 7d          # each run re-reads the last 7 days: late and revised files count
  alertmanager_ends_after: 4d  # a pushed alert stays firing in Alertmanager 4 days unless pushed again (every run does)

rules:
  - name: ProvinceReceiptsDrop
    watch: {metric: received, level: province}
    condition:
      anomaly: {kinds: [drop, level_shift], min_severity: major}
      drop_percent: 20           # at least 20% below the expected count
    for: 1d
    keep_firing_for: 2d
    labels: {severity: warning, team: province-office}
    annotations:
      summary: "{{ name }}: {{ observed }} applications received against {{ expected }} expected ({{ drop_percent }}% down) since {{ since }}"
      summary_vi: "{{ name }}: tiếp nhận {{ observed }} hồ sơ so với {{ expected }} dự kiến (giảm {{ drop_percent }} %) từ ngày {{ since }}"
      explanation: "{{ explanation }}"
      explanation_vi: "{{ explanation }}"
    group_by: [province]

  - name: ProvinceOutage
    watch: {metric: received, level: province}
    condition:
      anomaly: {kinds: [drop, level_shift], min_severity: critical}
      drop_percent: 50           # half the province's offices dark: a portal or network outage
    for: 1d
    keep_firing_for: 1d
    labels: {severity: page, team: province-office}
    annotations:
      summary: "{{ name }}: province-wide outage, {{ observed }} received against {{ expected }} expected since {{ since }}"
      summary_vi: "{{ name }}: gián đoạn trên toàn tỉnh, tiếp nhận {{ observed }} hồ sơ so với {{ expected }} dự kiến từ ngày {{ since }}"
      explanation: "{{ explanation }}"
      explanation_vi: "{{ explanation }}"
    group_by: [province]

  - name: ProvinceLevelShift
    watch: {metric: received, level: province}
    condition:
      anomaly: {kinds: [level_shift, drop], min_severity: major}
      drop_percent: 10           # a lasting fall of a tenth: communes losing staff show first here
    for: 2d
    keep_firing_for: 3d
    labels: {severity: warning, team: province-office}
    annotations:
      summary: "{{ name }}: receipts {{ drop_percent }}% below expected since {{ since }} ({{ observed }} against {{ expected }})"
      summary_vi: "{{ name }}: số hồ sơ tiếp nhận thấp hơn dự kiến {{ drop_percent }} % từ ngày {{ since }} ({{ observed }} so với {{ expected }})"
      explanation: "{{ explanation }}"
      explanation_vi: "{{ explanation }}"
    group_by: [province]

  - name: CommuneOfficeDown
    watch: {metric: received, level: commune}
    condition:
      anomaly: {kinds: [drop, level_shift], min_severity: major}
      drop_percent: 60           # a one-stop office receiving less than 40% of its usual
    for: 1d
    keep_firing_for: 1d
    roll_up: {min_expected: 5, min_communes: 2}
    labels: {severity: page, team: one-stop}
    annotations:
      summary: "{{ name }} ({{ locality }}): {{ observed }} received against {{ expected }} expected since {{ since }}; {{ incidents }} incident(s) logged"
      summary_vi: "{{ name }} ({{ locality }}): tiếp nhận {{ observed }} hồ sơ so với {{ expected }} dự kiến từ ngày {{ since }}; {{ incidents }} sự cố được ghi nhận"
      explanation: "{{ explanation }}"
      explanation_vi: "{{ explanation }}"
    group_by: [province]

  - name: CommuneLevelShift
    watch: {metric: received, level: commune}
    condition:
      anomaly: {kinds: [level_shift], min_severity: major}
      drop_percent: 30           # a lasting fall: staff gone, a service moved elsewhere
    for: 1d
    keep_firing_for: 2d
    roll_up: {min_expected: 5, min_communes: 2}
    labels: {severity: warning, team: province-office}
    annotations:
      summary: "{{ name }} ({{ locality }}): receipts down {{ drop_percent }}% since {{ since }} ({{ observed }} against {{ expected }} expected)"
      summary_vi: "{{ name }} ({{ locality }}): số hồ sơ tiếp nhận giảm {{ drop_percent }} % từ ngày {{ since }} ({{ observed }} so với {{ expected }} dự kiến)"
    group_by: [province]

  # The online one-stop system: online submissions collapse while paper goes on.
  - name: ProvinceOnlineOutage
    watch: {metric: received-online, level: province}
    condition:
      anomaly: {kinds: [drop, level_shift], min_severity: major}
      drop_percent: 40           # the province's online submissions at less than 60% of their usual
    for: 1d
    keep_firing_for: 1d
    labels: {severity: page, team: portal}
    annotations:
      summary: "{{ name }}: online submissions at {{ observed }} against {{ expected }} expected ({{ drop_percent }}% down) since {{ since }}"
      summary_vi: "{{ name }}: hồ sơ nộp trực tuyến ở mức {{ observed }} so với {{ expected }} dự kiến (giảm {{ drop_percent }} %) từ ngày {{ since }}"
      explanation: "{{ explanation }}"
      explanation_vi: "{{ explanation }}"
    group_by: [province]

  - name: OnlineSubmissionCollapse
    watch: {metric: online-submission, level: province}
    condition:
      anomaly: {kinds: [rate_drop], min_severity: major}
    for: 1d
    keep_firing_for: 2d
    labels: {severity: warning, team: portal}
    annotations:
      summary: "{{ name }}: online share at {{ observed }} against {{ expected }} expected since {{ since }}"
      summary_vi: "{{ name }}: tỷ lệ hồ sơ trực tuyến ở mức {{ observed }} so với {{ expected }} dự kiến từ ngày {{ since }}"
    group_by: [province]

  - name: CommuneOnlineOutage
    watch: {metric: received-online, level: commune}
    condition:
      anomaly: {kinds: [drop, level_shift], min_severity: major}
      drop_percent: 70           # a commune's online submissions at less than 30% of their usual
    for: 1d
    keep_firing_for: 1d
    roll_up: {min_expected: 5, min_communes: 2}
    labels: {severity: page, team: portal}
    annotations:
      summary: "{{ name }} ({{ locality }}): {{ observed }} online submissions against {{ expected }} expected since {{ since }}; {{ incidents }} incident(s) logged"
      summary_vi: "{{ name }} ({{ locality }}): {{ observed }} hồ sơ nộp trực tuyến so với {{ expected }} dự kiến từ ngày {{ since }}; {{ incidents }} sự cố được ghi nhận"
      explanation: "{{ explanation }}"
      explanation_vi: "{{ explanation }}"
    group_by: [province]

  - name: CommuneOnlineShareCollapse
    watch: {metric: online-submission, level: commune}
    condition:
      anomaly: {kinds: [rate_drop], min_severity: critical}
    for: 1d
    keep_firing_for: 1d
    roll_up: {min_expected: 5, min_communes: 2}
    labels: {severity: warning, team: portal}
    annotations:
      summary: "{{ name }} ({{ locality }}): online share at {{ observed }} against {{ expected }} expected since {{ since }}"
      summary_vi: "{{ name }} ({{ locality }}): tỷ lệ hồ sơ trực tuyến ở mức {{ observed }} so với {{ expected }} dự kiến từ ngày {{ since }}"
    group_by: [province]

inhibit_rules:
  # A province-wide outage explains its communes' falls: one notification, not a hundred. (A milder
  # province-wide fall does not: a commune office going dark inside it is news of its own.)
  - source_matchers: [alertname=ProvinceOutage]
    target_matchers: [alertname=CommuneOfficeDown]
    equal: [province]

  # A sharper province-wide fall already notified says the same thing as the slower, milder rule.
  - source_matchers: [alertname=ProvinceReceiptsDrop]
    target_matchers: [alertname=ProvinceLevelShift]
    equal: [province]
  - source_matchers: [alertname=ProvinceOutage]
    target_matchers: [alertname=ProvinceLevelShift]
    equal: [province]

  # Every channel down says more than the online one: the online rules are held.
  - source_matchers: [alertname=ProvinceOutage]
    target_matchers: [alertname=ProvinceOnlineOutage]
    equal: [province]
  - source_matchers: [alertname=CommuneOfficeDown]
    target_matchers: [alertname=CommuneOnlineOutage]
    equal: [locality]
  - source_matchers: [alertname=CommuneOfficeDown]
    target_matchers: [alertname=CommuneOnlineShareCollapse]
    equal: [locality]

  # The province's online system down explains its communes' online falls.
  - source_matchers: [alertname=ProvinceOnlineOutage]
    target_matchers: [alertname=CommuneOnlineOutage]
    equal: [province]
  - source_matchers: [alertname=ProvinceOnlineOutage]
    target_matchers: [alertname=CommuneOnlineShareCollapse]
    equal: [province]
  - source_matchers: [alertname=OnlineSubmissionCollapse]
    target_matchers: [alertname=CommuneOnlineShareCollapse]
    equal: [province]
  # The count says it more plainly than the share.
  - source_matchers: [alertname=CommuneOnlineOutage]
    target_matchers: [alertname=CommuneOnlineShareCollapse]
    equal: [locality]
  - source_matchers: [alertname=ProvinceOnlineOutage]
    target_matchers: [alertname=OnlineSubmissionCollapse]
    equal: [province]

receivers:
  - name: console
    stdout: true
  # - name: province-office        # officials who read Vietnamese: summary is summary_vi's text
  #   webhook: https://chat.example.gov.vn/hooks/province
  #   language: vi
  # - name: portal-team
  #   webhook: https://chat.example.gov.vn/hooks/portal
  # - name: alertmanager
  #   alertmanager: http://127.0.0.1:9093

# Alertmanager's route: who hears of what, grouped how (routes below the top one take the alerts
# their matchers match; unset fields are inherited). One notification per province a day.
route:
  receiver: console
  group_by: [province]
  group_wait: 0d               # notify a new group on the run that sees its first alert
  group_interval: 1d           # then at most once a day, listing every alert of the province
  # routes:
  #   - matchers: [team=portal]     # the online system's alerts to the portal's team,
  #     receiver: portal-team
  #     continue: true              # and on down the list:
  #   - receiver: console           # every alert to the console

"""#

    /// The shipped rule file, parsed.
    public static func shipped() throws(AlertRuleError) -> AlertRuleFile {
        try AlertRuleParser(file: "alerts.yaml").parse(shippedText)
    }
}
