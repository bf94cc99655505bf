import UptakeStoreAPI

extension Table {
    /// `uptake tokens list`: never the secret, nor its hash.
    public init(tokens: [StoredToken]) {
        self.init(columns: ["id", "name", "scopes", "created", "revoked"],
                  rows: tokens.map { t in
                      [.text(t.id), .text(t.name), .text(t.scopes.map(\.description).joined(separator: " ")), .text(t.created),
                       .text(t.revoked ? "true" : "false")]
                  })
    }
}
