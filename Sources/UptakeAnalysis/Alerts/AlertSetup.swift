import UptakeStoreAPI

/// What the alert questions (``AlertsCheckQuestion``, ``AlertsBacktestQuestion``) are answered with,
/// besides the store: the rules, the stored alert state and the explainer of `{{ explanation }}`.
/// The caller chooses them: the CLI from `--rules` and its database, the server from its own
/// configuration (the shipped rules by default). A request never names a rule file: a file path
/// from a client would let it read the server's files and, through a rule file's receivers, point
/// notifications anywhere.
public struct AlertSetup: Sendable {
    public var rules: AlertRuleFile
    public var state: any AlertStateStore
    public var explainer: any AlertExplaining
    /// How each annotation language writes its values (UptakeReport's `AlertLanguages.styles`).
    public var styles: [String: any AlertValueStyle]

    public init(rules: AlertRuleFile, state: any AlertStateStore, explainer: any AlertExplaining = NoAlertExplanation(),
                styles: [String: any AlertValueStyle] = [:]) {
        (self.rules, self.state, self.explainer, self.styles) = (rules, state, explainer, styles)
    }
}
